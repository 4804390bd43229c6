<#-- The page of one framework on the site (frameworks/ID.html): each item, nested ones under
     their parent, with the plans' goals and strategies that align with it; then the items that
     nothing aligns with yet. Every value is already safe Markdown. -->
# ${title}

${labels.framework}<#if short??> · ${short}</#if>
<#list items as i>

<#if i.depth == 0>##<#else>###</#if> <a id="item-${i.id}"></a>${i.id} ${i.title}
<#if i.aligned?has_content>

<#list i.aligned as a>
- [${a.plan}](${a.planPage}): [${a.label}](${a.link}) ${a.text}
</#list>
</#if>
</#list>
<#if unaligned?has_content>

## <a id="not-aligned"></a>${labels["not-aligned"]}

<#list unaligned as i>
- [${i.id} ${i.title}](#item-${i.id})
</#list>
</#if>
