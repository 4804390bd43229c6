<#-- The content template: what a plan document says. Its output is CommonMark with GFM
     tables; HTML and PDF typeset this same Markdown. Every value is already safe Markdown.
     The title block ends at the first thematic break (---): the PDF draws its cover from it.
     <a id="..."></a> before an item is its stable anchor (#M1, #G2, #S3). -->
<#macro guidelines items indent>
<#list items as g>
${indent}${g?counter}. ${g.text}
<#if g.items?has_content>
<@guidelines items=g.items indent=indent + ""?left_pad((g?counter)?c?length + 2) />
</#if>
</#list>
</#macro>
<#macro refs list label><#list list as r>[${label} ${r.number}](#${r.id})<#sep>, </#sep></#list></#macro>
# ${title}

<#if subtitle??>
${subtitle}

</#if>
${organization}<#if organizationShort??> (${organizationShort})</#if>

${period}

---
<#list chapters as chapter>

<#switch chapter.kind>
<#case "preamble">
## <a id="preamble"></a>${labels.preamble}

${preamble}
<#break>
<#case "vision">
## <a id="vision"></a>${labels.vision}

> ${vision}
<#break>
<#case "missions">
## <a id="missions"></a>${labels.missions}

<#list missions as m>
${m.number}. <a id="${m.id}"></a>${m.text}
</#list>
<#break>
<#case "values">
## <a id="values"></a>${labels.values}

<#if values.name??>
**${values.name}**

</#if>
<#if values.motto??>
*${values.motto}*

</#if>
<#if values.description??>
${values.description}

</#if>
<#if values.items?has_content>
| ${labels.letter} | ${labels.name} | ${labels.meaning} |
|---|---|---|
<#list values.items as v>
| **${v.key}** | ${v.name} | ${v.text} |
</#list>
</#if>
<#break>
<#case "goals">
## <a id="goals"></a>${labels.goals}

<#list goals as g>
${g.number}. <a id="${g.id}"></a>${g.text}
<#if g.missions?has_content || g.strategies?has_content>

<#assign pad = ""?left_pad(g.number?c?length + 2)>
<#if g.missions?has_content>${pad}${labels.serves}: <@refs g.missions labels.mission/><#if g.strategies?has_content> · </#if></#if><#if g.strategies?has_content>${labels["pursued-by"]}: <@refs g.strategies labels.strategy/></#if>

</#if>
</#list>
<#break>
<#case "strategies">
## <a id="strategies"></a>${labels.strategies}
<#list strategies as s>

### <a id="${s.id}"></a>${labels.strategy} ${s.number} ${s.title}
<#if s.goals?has_content>

${labels.pursues}: <@refs s.goals labels.goal/>
</#if>
<#if s.description??>

${s.description}
</#if>
<#if s.guidelines?has_content>

**${labels.guidelines}**

<@guidelines items=s.guidelines indent="" />
</#if>
</#list>
<#break>
<#case "focus">
## <a id="focus"></a>${labels.focus}

<#if focus.title??>
${focus.title}

<#elseif focus.year??>
${focus.year}

</#if>
<#list focus.items as f>
${f?counter}. ${f.text}<#if f.tag??> (${f.tag})</#if>
</#list>
<#break>
<#case "alignment">
## <a id="alignment"></a>${labels.alignment}
<#list alignment.frameworks as f>

### ${labels["aligns-with"]} ${f.title}

| ${labels.strategies} |<#list f.columns as c> ${c.id} |</#list>
|---|<#list f.columns as c>:-:|</#list>
<#list f.rows as r>
| [${labels.strategy} ${r.number}](#${r.id}) ${r.title} |<#list r.marks as mark> ${mark} |</#list>
</#list>

<#list f.columns as c>
- ${f.name} ${c.id}: ${c.title}
</#list>
</#list>
<#if alignment.parent??>

### ${labels["parent-plan"]}: ${alignment.parent.title}

| ${labels.strategies} | ${labels["aligns-with"]} |
|---|---|
<#list alignment.parent.rows as r>
| [${labels.strategy} ${r.number}](#${r.id}) ${r.title} | <#list r.targets as t>${t}<#sep>; </#sep></#list> |
</#list>
</#if>
<#if alignment.projects?has_content>

### ${labels.projects}

| ${labels.projects} | ${labels["aligns-with"]} |
|---|---|
<#list alignment.projects as p>
| ${labels.project} ${p.number} ${p.title} | <#list p.targets as t>${t}<#sep>; </#sep></#list> |
</#list>
</#if>
<#break>
<#case "section">
## <a id="${chapter.id}"></a>${chapter.title}

${chapter.body}
<#break>
</#switch>
</#list>

## <a id="matrix"></a>${labels.matrix}

| ${labels.missions} | ${labels.goals} | ${labels.strategies} |
|---|---|---|
<#list matrix as row>
| [${labels.mission} ${row.number}](#${row.id}) | <@refs row.goals labels.goal/> | <@refs row.strategies labels.strategy/> |
</#list>
