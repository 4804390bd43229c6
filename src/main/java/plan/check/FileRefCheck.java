package plan.check;

import plan.diag.Rule;
import plan.format.Keys;
import plan.model.Text;
import plan.model.Value;

/** file-ref: the file {@code organization.logo} names is a PNG, JPEG or SVG the documents can show. */
final class FileRefCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.FILE_REF;
    }

    @Override
    public void check(CheckContext c) {
        Value.Mapping organization = c.plan().tree().mapping(Keys.ORGANIZATION);
        Text logo = organization == null ? null : organization.text(Keys.LOGO);
        if (logo == null || logo.value().isBlank() || c.plan().file() == null) {
            return;
        }
        LogoFiles.Read read = LogoFiles.read(LogoFiles.resolve(c.plan().file(), logo.value()), logo.value());
        if (read.problem() != null) {
            c.report(rule(), logo.span(), read.problem(), null);
        }
    }
}
