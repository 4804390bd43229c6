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
<#-- Official numbering from the order of items: strategy 1's guidelines 1.1, 1.2, nested 1.1.1; the
     number starts the item's text, and HTML and PDF hang it in the margin (NumberedItems). -->
<#macro numberedGuidelines items prefix indent>
<#list items as g>
${indent}- ${prefix}.${g?counter?c} ${g.text}
<#if g.items?has_content>
<@numberedGuidelines items=g.items prefix=prefix + "." + g?counter?c indent=indent + "  " />
</#if>
</#list>
</#macro>
<#include "analysis.md.ftl">
<#-- References that name each item in full: "เป้าประสงค์ที่ 1 ผู้เรียนอ่านออก…" (the official matrix). -->
<#macro titledRefs list label><#list list as r>[${label} ${r.number}](#${r.id}) ${r.text}<#sep>; </#sep></#list></#macro>
<#macro refs list label><#list list as r>[${label} ${r.number}](#${r.id})<#sep>, </#sep></#list></#macro>
<#-- The official look numbers every table: a caption above it, "ตารางที่ n" and what it shows,
     anchored table-n, and the list of tables after the preface names them all (the PDF adds their
     pages). The modern look has neither. -->
<#assign tableCaptions = []>
<#macro caption what indent="">
<#if official>
<#assign tableCaptions = tableCaptions + [what]>
${indent}<a id="table-${tableCaptions?size?c}"></a>**${labels.table} ${tableCaptions?size?c}** ${what}

</#if>
</#macro>
<#-- Indicators: one target column per fiscal year; numbers (baseline, targets) right-aligned. -->
<#macro indicators list years what indent="">
<@caption what=what indent=indent/>
${indent}| ${labels.indicator} | ${labels.unit} | ${labels.baseline} |<#list years as y> ${labels.target} ${y?c} |</#list>
${indent}|---|---|---:|<#list years as y>---:|</#list>
<#list list as i>
${indent}| ${i.text} | ${i.unit} | <#if i.baseline?has_content>${i.baseline}<#if i.baselineYear?has_content> (${i.baselineYear})</#if><#else>-</#if> |<#list i.targets as t> <#if t?has_content>${t}<#else>-</#if> |</#list>
</#list>
</#macro>
<#-- An amount of a table, "-" where there is none (as Thai budget tables write it). -->
<#macro amount a><#if a?has_content && a != "0" && a != "๐">${a}<#else>-</#if></#macro>
<#-- A budget split (sources, categories, years) with its total in bold. -->
<#macro split title shares total what>
<@caption what=what/>
| ${title} | ${labels.amount} |
|---|---:|
<#list shares as s>
| <#if s.name?has_content>${s.name}<#else>${labels["source-unspecified"]}</#if> | ${s.amount} |
</#list>
| **${labels.total}** | **${total}** |
</#macro>
# ${title}

<#-- The official look says each thing once, as its PDF cover does: no subtitle that is the
     office's name, no period the title names (subtitleAdds, periodAdds). -->
<#if subtitle?? && (!official || subtitleAdds)>
${subtitle}

</#if>
${organization}<#if organizationShort??> (${organizationShort})</#if>

<#if !official || periodAdds>
${period}

</#if>
---
<#if preface??>

## <a id="preface"></a>${labels.preface}

${preface.text}
<#if preface.signed?has_content>

<a id="preface-signed"></a><#list preface.signed as line>${line}<#sep>\
</#sep></#list>

</#if>
</#if>
<#-- A plan with a base: the line naming the plan its inherited parts come from, first in the body
     (the PDF draws its cover from the fields above, so the line stands where every output shows it). -->
<#assign document>
<#if basedOn??>

${labels["based-on"]} ${basedOn}
</#if>
<#list chapters as chapter>

<#switch chapter.kind>
<#-- A part of the outline (ส่วนที่ n): the level above its chapters, in the contents and bookmarks too. -->
<#case "part">
# <a id="${chapter.id}"></a>${labels.part} ${chapter.number?c}<#if chapter.title??> ${chapter.title}</#if>
<#break>
<#case "preamble">
## <a id="preamble"></a>${labels.preamble}

${preamble}
<#break>
<#case "analysis">
<@analysisChapter/>
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
<@caption what=labels.values/>
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
<#if g.indicators?has_content>
<#assign pad = ""?left_pad(g.number?c?length + 2)>
<#if !(g.missions?has_content || g.strategies?has_content)>

</#if>
<@indicators list=g.indicators years=years indent=pad what="${labels.indicators} ${labels.goal} ${g.number?c}"/>

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
<#if s.factors?has_content>

${labels.factors}: <#list s.factors as f>[${f.code}](#${f.id}) ${f.text}<#sep>; </#sep></#list>
</#if>
<#if s.description??>

${s.description}
</#if>
<#if s.guidelines?has_content>

**${labels.guidelines}**

<#if official>
<@numberedGuidelines items=s.guidelines prefix=s.number?c indent="" />
<#else>
<@guidelines items=s.guidelines indent="" />
</#if>
</#if>
<#if s.indicators?has_content>

**${labels.indicators}**

<@indicators list=s.indicators years=years what="${labels.indicators} ${labels.strategy} ${s.number?c}"/>
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

<#if f.wide!false>
<#list f.rows as r>
- [${labels.strategy} ${r.number}](#${r.id}) ${r.title}: <#if r.aligned?has_content>${r.aligned?join(", ")}<#else>-</#if>
</#list>
<#else>
<@caption what="${labels['aligns-with']} ${f.title}"/>
| ${labels.strategies} |<#list f.columns as c> ${c.id} |</#list>
|---|<#list f.columns as c>:-:|</#list>
<#list f.rows as r>
| [${labels.strategy} ${r.number}](#${r.id}) ${r.title} |<#list r.marks as mark> ${mark} |</#list>
</#list>
</#if>

<#list f.columns as c>
- ${f.name} ${c.id}: ${c.title}
</#list>
</#list>
<#if alignment.parent??>

### ${labels["parent-plan"]}: ${alignment.parent.title}

<@caption what="${labels['parent-plan']} ${alignment.parent.title}"/>
| ${labels.strategies} | ${labels["aligns-with"]} |
|---|---|
<#list alignment.parent.rows as r>
| [${labels.strategy} ${r.number}](#${r.id}) ${r.title} | <#list r.targets as t>${t}<#sep>; </#sep></#list> |
</#list>
</#if>
<#if alignment.projects?has_content>

### ${labels.projects}

<@caption what="${labels.alignment} (${labels.projects})"/>
| ${labels.projects} | ${labels["aligns-with"]} |
|---|---|
<#list alignment.projects as p>
| ${labels.project} ${p.number} ${p.title} | <#list p.targets as t>${t}<#sep>; </#sep></#list> |
</#list>
</#if>
<#break>
<#case "projects">
## <a id="projects"></a>${labels.projects}
<#if official>

### <a id="project-register"></a>${labels.register}

<@caption what=labels.register/>
| ${labels.number} | ${labels.projects} | ${labels.strategies} | ${labels.amount} | ${labels["fiscal-year"]} | ${labels.owner} |
|---:|---|---|---:|---|---|
<#list projectsByStrategy as s>
<#if s.projects?has_content>
| | **${labels.strategy} ${s.number} ${s.title}** | | | | |
<#list s.projects as p>
| ${p.number} | [${p.titleCell}](#${p.id}) | <@refs p.strategies labels.strategy/> | <#if p.budget??>${p.budget.total}<#else>-</#if> | ${p.period} | <#if p.ownerCell?has_content>${p.ownerCell}<#else>-</#if> |
</#list>
| | **${labels.total} ${labels.strategy} ${s.number}** | | **<@amount s.total/>** | | |
</#if>
</#list>
| | **${labels.total}** | | **<@amount budget.total/>** | | |
</#if>
<#-- In the official shape a project with a form is printed in the appendix, the others here as before. -->
<#list projectsByStrategy as s>
<#assign shown = s.projects?filter(p -> !(official && p.form??))>
<#if shown?has_content>

### <a id="projects-${s.id}"></a>${labels.strategy} ${s.number} ${s.title}
<#list shown as p>

#### <a id="${p.id}"></a>${p.number}. ${p.title}

<#if p.owner??>
**${labels.owner}:** ${p.owner}

</#if>
**${labels.serves}:** <@refs p.strategies labels.strategy/><#if p.goals?has_content> · <@refs p.goals labels.goal/></#if>
<#if p.description??>

${p.description}
</#if>
<#if p.objectives?has_content>

**${labels.objectives}**

<#list p.objectives as o>
${o?counter}. ${o}
</#list>
</#if>
<#if p.indicators?has_content>

**${labels.indicators}**

<@indicators list=p.indicators years=p.years what="${labels.indicators} ${labels.project} ${p.number?c}"/>
</#if>
<#if p.budget??>

**${labels.funds}:** ${p.budget.total} ${labels.baht}
<#if p.budget.sources?has_content>

<@split title=labels.source shares=p.budget.sources total=p.budget.total what="${labels.source} ${labels.project} ${p.number?c}"/>
</#if>
<#if p.budget.years?has_content>

<@split title=labels["fiscal-year"] shares=p.budget.years total=p.budget.total what="${labels['fiscal-year']} ${labels.project} ${p.number?c}"/>
</#if>
<#if p.budget.quarters?has_content>

<@caption what="${labels.quarters} ${labels.project} ${p.number?c}"/>
<#list 1..4 as q>| ${labels.quarter} ${q} </#list>| ${labels.total} |
|---:|---:|---:|---:|---:|
<#list p.budget.quarters as a>| ${a} </#list>| **${p.budget.total}** |
</#if>
<#if p.budget.categories?has_content>

<@split title=labels.category shares=p.budget.categories total=p.budget.total what="${labels.category} ${labels.project} ${p.number?c}"/>
</#if>
</#if>
<#if p.activities?has_content>

**${labels.activities}**

<@caption what="${labels.activities} ${labels.project} ${p.number?c}"/>
| ${labels.activity} | ${labels.amount} | ${labels.months} | ${labels.owner} |
|---|---:|---|---|
<#list p.activities as a>
| ${a.text} | <@amount a.budget/> | ${a.months} | ${a.owner} |
</#list>
</#if>
</#list>
</#if>
</#list>
<#break>
<#case "budget">
## <a id="budget"></a>${labels.budget}

${labels["plan-total"]} **${budget.total}** ${labels.baht} · ${labels["project-count"]} ${budget.projectCount?c}

### <a id="budget-chart"></a>${labels["by-strategy"]}

<@caption what=labels["by-strategy"]/>
| ${labels.strategies} |<#list budget.sources as src> <#if src?has_content>${src}<#else>${labels["source-unspecified"]}</#if> |</#list> ${labels.total} |
|---|<#list budget.sources as src>---:|</#list>---:|
<#list budget.rows as r>
| [${labels.strategy} ${r.number}](#${r.id}) ${r.title} |<#list r.amounts as a> <@amount a/> |</#list> **<@amount r.total/>** |
</#list>
| **${labels.total}** |<#list budget.totals as a> **<@amount a/>** |</#list> **<@amount budget.total/>** |
<#if budget.quarters?has_content>

### <a id="budget-by-quarter"></a>${labels.quarters}

<@caption what=labels.quarters/>
| ${labels.projects} |<#list 1..4 as q> ${labels.quarter} ${q} |</#list> ${labels.total} |
|---|---:|---:|---:|---:|---:|
<#list projects as p>
<#if p.budget?? && p.budget.quarters?has_content>
| [${p.number}](#${p.id}) ${p.title} |<#list p.budget.quarters as a> ${a} |</#list> **${p.budget.total}** |
</#if>
</#list>
<#if budget.unquartered != "0">
| ${labels["quarter-unspecified"]} | - | - | - | - | ${budget.unquartered} |
</#if>
| **${labels.total}** |<#list budget.quarters as a> **${a}** |</#list> **${budget.total}** |
</#if>
<#if budget.categories?has_content>

### <a id="budget-by-category"></a>${labels.categories}

<@caption what=labels.categories/>
| ${labels.category} | ${labels.amount} |
|---|---:|
<#list budget.categories as c>
| ${c.name} | ${c.amount} |
</#list>
<#if budget.uncategorized != "0">
| ${labels["category-unspecified"]} | ${budget.uncategorized} |
</#if>
| **${labels.total}** | **${budget.total}** |
</#if>
<#break>
<#case "section">
## <a id="${chapter.id}"></a>${chapter.title}

${chapter.body}
<#break>
<#-- The matrix of missions, goals and strategies: last, or in a document of parts at the end of the part that holds the strategies. -->
<#case "matrix">
## <a id="matrix"></a>${labels.matrix}

<@caption what=labels.matrix/>
| ${labels.missions} | ${labels.goals} | ${labels.strategies} |
|---|---|---|
<#list matrix as row>
<#if official>
| [${labels.mission} ${row.number}](#${row.id}) ${row.text} | <@titledRefs row.goals labels.goal/> | <@titledRefs row.strategies labels.strategy/> |
<#else>
| [${labels.mission} ${row.number}](#${row.id}) | <@refs row.goals labels.goal/> | <@refs row.strategies labels.strategy/> |
</#if>
</#list>
<#break>
</#switch>
</#list>
<#if forms?has_content>

<#-- In a document of parts the appendix stands beside them (ส่วนที่ 1, 2 …, ภาคผนวก), not inside the last. -->
<#assign appendixLevel = chapters?filter(c -> c.kind == "part")?has_content?then("#", "##")>
${appendixLevel} <a id="appendix"></a>${labels.appendix}
<#list forms as p>
<#assign f = p.form>

${appendixLevel}# <a id="<#if official>${p.id}<#else>form-${p.id}</#if>"></a>${labels["project-form"]} ${labels.project} ${p.number}

**${labels["project-name"]}** ${p.title}

**${labels["serves-strategy"]}** <@refs p.strategies labels.strategy/>
<#if p.goals?has_content>

**${labels["serves-goal"]}** <@refs p.goals labels.goal/>
</#if>
<#if f.standards?has_content>

**${labels.standards}** <#list f.standards as t>${t}<#sep>; </#sep></#list>
</#if>
<#if p.aligns?has_content>

**${labels["aligns-with"]}** <#list p.aligns as t>${t}<#sep>; </#sep></#list>
</#if>
<#if f.kind??>

**${labels.kind}** ${labels[f.kind]}
</#if>
<#if p.owner??>

**${labels.owner}** ${p.owner}
</#if>

**${labels.period}** ${labels["fiscal-year"]} ${p.period}
<#assign k = 0>
<#if f.rationale??>
<#assign k = k + 1>

**${k}. ${labels.rationale}**

${f.rationale}
</#if>
<#if p.objectives?has_content>
<#assign k = k + 1>

**${k}. ${labels.objectives}**

<#list p.objectives as o>
- ${o}
</#list>
</#if>
<#if f.quantity?has_content || f.quality?has_content>
<#assign k = k + 1>

**${k}. ${labels.outputs}**
<#if f.quantity?has_content>

${k}.1 ${labels.quantity}

<#list f.quantity as t>
- ${t}
</#list>
</#if>
<#if f.quality?has_content>

${k}.<#if f.quantity?has_content>2<#else>1</#if> ${labels.quality}

<#list f.quality as t>
- ${t}
</#list>
</#if>
</#if>
<#if p.activities?has_content>
<#assign k = k + 1>

**${k}. ${labels["activities-timing"]}**

<@caption what="${labels['activities-timing']} ${labels.project} ${p.number?c}"/>
| ${labels.activity} | ${labels.months} | ${labels.owner} | ${labels.amount} |
|---|---|---|---:|
<#list p.activities as a>
| ${a.text} | ${a.months} | ${a.owner} | <@amount a.budget/> |
</#list>
</#if>
<#if p.budget??>
<#assign k = k + 1>

**${k}. ${labels.funds}** ${p.budget.total} ${labels.baht}
<#if p.budget.sources?has_content>

<@split title=labels.source shares=p.budget.sources total=p.budget.total what="${labels.source} ${labels.project} ${p.number?c}"/>
</#if>
<#if p.budget.categories?has_content>

<@split title=labels.category shares=p.budget.categories total=p.budget.total what="${labels.category} ${labels.project} ${p.number?c}"/>
</#if>
<#if p.budget.quarters?has_content>

<@caption what="${labels.quarters} ${labels.project} ${p.number?c}"/>
<#list 1..4 as q>| ${labels.quarter} ${q} </#list>| ${labels.total} |
|---:|---:|---:|---:|---:|
<#list p.budget.quarters as a>| ${a} </#list>| **${p.budget.total}** |
</#if>
</#if>
<#if f.evaluation?has_content>
<#assign k = k + 1>

**${k}. ${labels.evaluation}**

<@caption what="${labels.evaluation} ${labels.project} ${p.number?c}"/>
| ${labels["success-indicator"]} | ${labels.method} | ${labels.tool} |
|---|---|---|
<#list f.evaluation as e>
| ${e.indicator} | ${e.method} | ${e.tool} |
</#list>
</#if>
<#if f.expected?has_content>
<#assign k = k + 1>

**${k}. ${labels.expected}**

<#list f.expected as t>
- ${t}
</#list>
</#if>
<#list f.approvals as a>

<#if official><a id="signed-${p.id}-${a?counter?c}"></a></#if>${labels.signed} ........................................<#if a.role??> ${a.role}</#if><#if a.name??>\
(${a.name})</#if><#if a.position??>\
${a.position}</#if>
</#list>
</#list>
</#if>
</#assign>
<#-- The list of tables (สารบัญตาราง), front matter like the preface: written once the body has
     numbered its tables. -->
<#if tableCaptions?has_content>

## <a id="list-of-tables"></a>${labels["list-of-tables"]}

<#list tableCaptions as c>
- [${labels.table} ${c?counter?c}](#table-${c?counter?c}) ${c}
</#list>
</#if>
${document}<#t>
