<#-- The situation analysis chapter (การวิเคราะห์สภาพแวดล้อม), included by plan.md.ftl: the SWOT
     lists as tables grouped by category, with weights, scores and sums when every factor has
     them; the position as a table whose heading anchor (analysis-position) asks the HTML page
     and the PDF to draw it as a chart; the TOWS groups. Factor anchors are their ids (#SW1). -->
<#macro analysisChapter>
## <a id="analysis"></a>${labels.analysis}

### <a id="analysis-swot"></a>${labels.swot}
<#list analysis.lists as l>

#### <a id="analysis-${l.key}"></a>${labels[l.key]} (${l.code})

<@caption what="${labels[l.key]} (${l.code})"/>
<#if l.sum??>
| ${labels.item} | ${labels.factor} | ${labels.weight} | ${labels.score} | ${labels["weighted-score"]} | ${labels["answered-by"]} |
|---|---|---:|---:|---:|---|
<#else>
| ${labels.item} | ${labels.factor} | ${labels["answered-by"]} |
|---|---|---|
</#if>
<#list l.groups as g>
<#if g.name??>
| | **${g.name}** |<#if l.sum??> | | |</#if> |
</#if>
<#list g.factors as f>
| <a id="${f.id}"></a>${f.code} | ${f.text} |<#if l.sum??> ${f.weight} | ${f.score} | ${f.weighted} |</#if> <#if f.strategies?has_content><@refs f.strategies labels.strategy/><#else>*${labels["not-answered"]}*</#if> |
</#list>
</#list>
<#if l.sum??>
| **${labels.total}** | | **${l.weights}** | | **${l.sum}** | |
</#if>
</#list>
<#if analysis.position??>
<#assign p = analysis.position>

### <a id="analysis-position"></a>${labels.position}

<@caption what=labels.position/>
| ${labels.position} | ${labels["weighted-score"]} |
|---|---:|
| ${labels.horizontal} (S - W) = ${p.s} - ${p.w} | ${p.x} |
| ${labels.vertical} (O - T) = ${p.o} - ${p.t} | ${p.y} |
| ${labels.quadrant} | <#if p.quadrant??>${p.quadrant}<#else>${labels["on-axis"]}</#if> |
</#if>

### <a id="analysis-tows"></a>${labels.tows}
<#list analysis.tows as g>

**${g.code} ${g.name}**

<#if g.strategies?has_content>
<#list g.strategies as s>
- [${labels.strategy} ${s.number} ${s.title}](#${s.id})<#if s.several??> (${labels["tows-several"]}: ${s.several})</#if>
</#list>
<#else>
\-
</#if>
</#list>
<#if analysis.unclassified?has_content>

**${labels["tows-unclassified"]}**

<#list analysis.unclassified as s>
- [${labels.strategy} ${s.number} ${s.title}](#${s.id})
</#list>
</#if>
</#macro>
