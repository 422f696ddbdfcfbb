# Golden cases for escalc, rma.uni (with confint), rma.mh and rma.peto. Sourced by make-golden.R, which provides
# read_dataset(), write_golden(), reset_dir(), golden_root and metafor_version.
#
# Every case is described by data (dataset, row filter, column mapping, measure, method, test, moderators with a
# transform) so that the TypeScript tests can rebuild exactly the same call from the same CSV file; the description is
# written into the golden file next to metafor's answer.

# Iterative estimators run to the exact root. metafor's defaults (threshold 1e-5 for Fisher scoring, uniroot's tol
# .Machine$double.eps^0.25 for PM) stop up to a few 1e-6 (ML, REML, EB) or several 1e-4 (PM) away from it, which
# is more than the 1e-6 tolerance of the comparison. threshold and maxiter drive Fisher scoring (ML, REML, EB), tol and
# maxiter drive uniroot (PM).
ITERATIVE <- c("ML", "REML", "EB", "PM")
TIGHT <- list(threshold = 1e-12, maxiter = 10000, tol = 1e-12)
# When the (restricted) likelihood is largest at tau2 = 0, Fisher scoring approaches 0 by step halving and stops at
# about 1e-13 (tau about 3e-7, beyond the 1e-9 absolute tolerance for tau). Such fits are repeated from tau2.init = 0,
# where metafor stays at exactly 0: the boundary estimate itself.
BOUNDARY <- 1e-10
CONFINT_CONTROL <- list(tol = 1e-12, maxiter = 10000)

models_dir <- file.path(golden_root, "models")
mhpeto_dir <- file.path(golden_root, "mh-peto")

# ---------------------------------------------------------------------------------------------------------------
# Case descriptions

# A moderator: the coefficient name (the column name, as metafor names it), the dataset column and a transform:
# NULL (as is), "cap3" (pmin(x, 3)) or "center:<value>" (x - value).
mod <- function(column, transform = NULL) list(name = column, column = column, transform = transform)

# A row filter: keep the rows whose column, read as text, equals `equals`.
keep_rows <- function(column, equals) list(column = column, equals = as.character(equals))

# column_transforms: metafor argument -> "sqrt" (the square root of the mapped column), e.g. standard errors from a
# column of variances, so that generic yi/sei input can be exercised on datasets that only carry vi.
case <- function(id, dataset, measure, columns, method = "REML", test = "z", mods = list(), filter = NULL,
                 add = NULL, to = NULL, drop00 = NULL, confint = FALSE, column_transforms = NULL) {
  list(id = id, dataset = dataset, filter = filter, measure = measure, columns = columns,
       column_transforms = column_transforms, add = add, to = to, drop00 = drop00, method = method, test = test,
       mods = mods, confint = confint)
}

# ---------------------------------------------------------------------------------------------------------------
# Rebuilding the inputs

filtered <- function(d, filter) {
  if (is.null(filter)) return(d)
  x <- as.character(d[[filter$column]])
  d[!is.na(x) & x == filter$equals, , drop = FALSE]
}

transformed <- function(x, transform) {
  if (is.null(transform)) return(x)
  if (transform == "cap3") return(pmin(x, 3))
  if (startsWith(transform, "center:")) return(x - as.numeric(sub("center:", "", transform, fixed = TRUE)))
  stop("unknown transform ", transform)
}

transform_text <- function(column, transform) {
  if (is.null(transform)) return(column)
  if (transform == "cap3") return(sprintf("pmin(%s, 3)", column))
  sprintf("I(%s - %s)", column, sub("center:", "", transform, fixed = TRUE))
}

subset_text <- function(filter) {
  if (is.null(filter)) return(NULL)
  sprintf("%s == \"%s\"", filter$column, filter$equals)
}

data_text <- function(c) {
  if (is.null(c$filter)) c$dataset else sprintf("subset(%s, %s)", c$dataset, subset_text(c$filter))
}

# The value of one metafor argument: the mapped column, transformed if the case says so.
argument <- function(c, d, arg) {
  x <- d[[c$columns[[arg]]]]
  t <- c$column_transforms[[arg]]
  if (is.null(t)) return(x)
  if (t == "sqrt") return(sqrt(x))
  stop("unknown column transform ", t)
}

column_text <- function(c, arg) {
  t <- c$column_transforms[[arg]]
  if (is.null(t)) c$columns[[arg]] else sprintf("%s(%s)", t, c$columns[[arg]])
}

# yi and vi as metafor computes them (escalc), or taken from the columns for generic outcomes (vi = sei^2).
effect_sizes <- function(c, d) {
  if (c$measure == "GEN") {
    yi <- argument(c, d, "yi")
    vi <- if (!is.null(c$columns$sei)) argument(c, d, "sei")^2 else argument(c, d, "vi")
    return(list(yi = as.numeric(yi), vi = as.numeric(vi)))
  }
  args <- list(measure = c$measure)
  for (arg in names(c$columns)) args[[arg]] <- argument(c, d, arg)
  for (opt in c("add", "to", "drop00")) if (!is.null(c[[opt]])) args[[opt]] <- c[[opt]]
  es <- suppressWarnings(do.call(escalc, args))
  list(yi = as.vector(es$yi), vi = as.vector(es$vi))
}

escalc_text <- function(c) {
  if (c$measure == "GEN") return(NULL)
  cols <- paste(sprintf("%s = %s", names(c$columns), vapply(names(c$columns), column_text, "", c = c)),
                collapse = ", ")
  opts <- character(0)
  if (!is.null(c$add)) opts <- c(opts, sprintf("add = %s", format(c$add)))
  if (!is.null(c$to)) opts <- c(opts, sprintf("to = \"%s\"", c$to))
  if (!is.null(c$drop00)) opts <- c(opts, sprintf("drop00 = %s", c$drop00))
  paste0(sprintf("escalc(measure = \"%s\", %s", c$measure, cols),
         if (length(opts)) paste0(", ", paste(opts, collapse = ", ")) else "",
         sprintf(", data = %s)", data_text(c)))
}

control_text <- function(control) {
  paste0("control = list(", paste(sprintf("%s = %s", names(control), vapply(control, format, "")), collapse = ", "), ")")
}

rma_text <- function(c, control) {
  gen_sei <- c$measure == "GEN" && !is.null(c$columns$sei)
  lead <- if (c$measure == "GEN") {
    sprintf("rma(%s, %s = %s, data = %s", column_text(c, "yi"), if (gen_sei) "sei" else "vi",
            column_text(c, if (gen_sei) "sei" else "vi"), data_text(c))
  } else {
    sprintf("rma(yi, vi, data = %s", escalc_text(c))
  }
  parts <- lead
  if (length(c$mods)) {
    terms <- vapply(c$mods, function(m) transform_text(m$column, m$transform), "")
    parts <- paste0(parts, ", mods = ~ ", paste(terms, collapse = " + "))
  }
  parts <- paste0(parts, sprintf(", method = \"%s\", test = \"%s\"", c$method, c$test))
  if (!is.null(control)) parts <- paste0(parts, ", ", control_text(control))
  paste0(parts, ")")
}

# ---------------------------------------------------------------------------------------------------------------
# metafor's answers

num_or_null <- function(x) if (is.null(x) || length(x) == 0 || all(is.na(x))) NULL else as.numeric(x)

fit_values <- function(fit) {
  pi <- if (fit$int.only && fit$method != "EE") predict(fit) else NULL
  list(
    k = fit$k,
    names = I(rownames(fit$beta)),
    beta = I(as.vector(fit$beta)),
    se = I(as.vector(fit$se)),
    zval = I(as.vector(fit$zval)),
    pval = I(as.vector(fit$pval)),
    ci_lb = I(as.vector(fit$ci.lb)),
    ci_ub = I(as.vector(fit$ci.ub)),
    tau2 = fit$tau2,
    se_tau2 = num_or_null(fit$se.tau2),
    QE = fit$QE,
    QE_df = fit$k - fit$p,
    QE_p = fit$QEp,
    QM = fit$QM,
    QM_df = I(as.vector(fit$QMdf)),
    QM_p = fit$QMp,
    I2 = fit$I2,
    H2 = fit$H2,
    pi_lb = num_or_null(pi$pi.lb),
    pi_ub = num_or_null(pi$pi.ub)
  )
}

confint_values <- function(fit) {
  r <- confint(fit, control = CONFINT_CONTROL)$random
  list(tau2 = I(as.vector(r["tau^2", ])), tau = I(as.vector(r["tau", ])),
       I2 = I(as.vector(r["I^2(%)", ])), H2 = I(as.vector(r["H^2", ])))
}

run_case <- function(c) {
  d <- filtered(read_dataset(c$dataset), c$filter)
  es <- effect_sizes(c, d)
  frame <- data.frame(yi = es$yi, vi = es$vi)
  for (m in c$mods) frame[[m$name]] <- transformed(d[[m$column]], m$transform)
  formula <- if (length(c$mods)) as.formula(paste("~", paste(vapply(c$mods, `[[`, "", "name"), collapse = " + ")))
  args <- list(yi = frame$yi, data = frame, method = c$method, test = c$test)
  # Standard errors go in as sei, as the call says; metafor squares them.
  if (c$measure == "GEN" && !is.null(c$columns$sei)) args$sei <- argument(c, d, "sei") else args$vi <- frame$vi
  if (!is.null(formula)) args$mods <- formula
  if (c$method %in% ITERATIVE) args$control <- TIGHT
  fit <- suppressWarnings(do.call(rma, args))
  if (c$method %in% c("ML", "REML", "EB") && fit$tau2 > 0 && fit$tau2 < BOUNDARY) {
    args$control$tau2.init <- 0
    fit <- suppressWarnings(do.call(rma, args))
  }
  input <- list(measure = c$measure, columns = c$columns, column_transforms = c$column_transforms,
                filter = c$filter, add = c$add, to = c$to,
                drop00 = c$drop00, method = c$method, test = c$test, mods = c$mods)
  out <- list(
    case = c$id, dataset = c$dataset, subset = subset_text(c$filter), call = rma_text(c, args$control),
    metafor = metafor_version, input = input,
    escalc = list(yi = I(es$yi), vi = I(es$vi)),
    fit = fit_values(fit),
    confint = if (isTRUE(c$confint)) confint_values(fit) else NULL
  )
  write_golden(out, models_dir, c$id)
}

# ---------------------------------------------------------------------------------------------------------------
# The cases

ALL_METHODS <- c("EE", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM")
tab4 <- function(ai, bi, ci, di) list(ai = ai, bi = bi, ci = ci, di = di)
tabn <- function(ai = "ai", n1i = "n1i", ci = "ci", n2i = "n2i") list(ai = ai, n1i = n1i, ci = ci, n2i = n2i)
cont <- list(m1i = "m1i", sd1i = "sd1i", n1i = "n1i", m2i = "m2i", sd2i = "sd2i", n2i = "n2i")
prop <- list(xi = "xi", ni = "ni")
corr <- list(ri = "ri", ni = "ni")
gen <- function(yi = "yi", vi = "vi") list(yi = yi, vi = vi)
gen_sei <- list(yi = "yi", sei = "sei")
bcg <- tab4("tpos", "tneg", "cpos", "cneg")

cases <- list()
add_case <- function(...) cases[[length(cases) + 1]] <<- case(...)
id_of <- function(...) tolower(paste(..., sep = "-"))

# Every estimator (z test) on nine datasets spanning the measures; hine1989 RD truncates tau2 at 0.
sweeps <- list(
  list("bcg-rr", "dat.bcg", "RR", bcg, NULL),
  list("hine1989-rd", "dat.hine1989", "RD", tabn(), NULL),
  list("normand1999-md", "dat.normand1999", "MD", cont, NULL),
  list("raudenbush1985-gen", "dat.raudenbush1985", "GEN", gen(), NULL),
  list("egger2001-or", "dat.egger2001", "OR", tabn(), NULL),
  list("mcdaniel1994-zcor", "dat.mcdaniel1994", "ZCOR", corr, NULL),
  list("pritz1997-plo", "dat.pritz1997", "PLO", prop, NULL),
  list("begg1989-gen-sei", "dat.begg1989", "GEN", gen_sei, NULL),
  list("curtis1998-rom", "dat.curtis1998", "ROM", cont, NULL)
)
with_confint <- c("bcg-rr-dl", "bcg-rr-reml", "bcg-rr-pm", "hine1989-rd-dl", "normand1999-md-reml",
                  "raudenbush1985-gen-reml", "egger2001-or-reml", "mcdaniel1994-zcor-reml", "curtis1998-rom-reml",
                  "begg1989-gen-sei-eb", "pritz1997-plo-ml")
for (s in sweeps) for (m in ALL_METHODS) {
  id <- id_of(s[[1]], m)
  add_case(id, s[[2]], s[[3]], s[[4]], method = m, confint = id %in% with_confint)
}

# Knapp-Hartung on several datasets and estimators.
add_case("bcg-rr-ee-knha", "dat.bcg", "RR", bcg, method = "EE", test = "knha")
add_case("bcg-rr-dl-knha", "dat.bcg", "RR", bcg, method = "DL", test = "knha")
add_case("bcg-rr-reml-knha", "dat.bcg", "RR", bcg, method = "REML", test = "knha")
add_case("bcg-rr-pm-knha", "dat.bcg", "RR", bcg, method = "PM", test = "knha")
add_case("normand1999-md-reml-knha", "dat.normand1999", "MD", cont, method = "REML", test = "knha")
add_case("raudenbush1985-gen-reml-knha", "dat.raudenbush1985", "GEN", gen(), method = "REML", test = "knha")
add_case("mcdaniel1994-zcor-dl-knha", "dat.mcdaniel1994", "ZCOR", corr, method = "DL", test = "knha")
add_case("pritz1997-pr-pm-knha", "dat.pritz1997", "PR", prop, method = "PM", test = "knha")
add_case("hackshaw1998-gen-reml-knha", "dat.hackshaw1998", "GEN", gen(), method = "REML", test = "knha")
add_case("konstantopoulos2011-gen-dl-knha", "dat.konstantopoulos2011", "GEN", gen(), method = "DL", test = "knha")
add_case("egger2001-or-eb-knha", "dat.egger2001", "OR", tabn(), method = "EB", test = "knha")
add_case("curtis1998-smd-hs-knha", "dat.curtis1998", "SMD", cont, method = "HS", test = "knha")
add_case("lee2004-or-sj-knha", "dat.lee2004", "OR", tabn(), method = "SJ", test = "knha")
add_case("ishak2007-gen-ml-knha", "dat.ishak2007", "GEN", gen("y1i", "v1i"), method = "ML", test = "knha")
add_case("hine1989-rd-he-knha", "dat.hine1989", "RD", tabn(), method = "HE", test = "knha")
add_case("begg1989-gen-sei-ee-knha", "dat.begg1989", "GEN", gen_sei, method = "EE", test = "knha")

# Meta-regression: dat.bcg (Viechtbauer 2010; Berkey et al. 1995 centre absolute latitude at 33.46).
for (m in ALL_METHODS) {
  id <- id_of("bcg-rr-ablat", m)
  add_case(id, "dat.bcg", "RR", bcg, method = m, mods = list(mod("ablat")), confint = m %in% c("REML", "DL"))
}
add_case("bcg-rr-ablat-reml-knha", "dat.bcg", "RR", bcg, method = "REML", test = "knha", mods = list(mod("ablat")))
add_case("bcg-rr-year-reml", "dat.bcg", "RR", bcg, mods = list(mod("year")))
add_case("bcg-rr-alloc-reml", "dat.bcg", "RR", bcg, mods = list(mod("alloc")))
add_case("bcg-rr-alloc-dl-knha", "dat.bcg", "RR", bcg, method = "DL", test = "knha", mods = list(mod("alloc")))
add_case("bcg-rr-ablat-year-reml", "dat.bcg", "RR", bcg, mods = list(mod("ablat"), mod("year")), confint = TRUE)
add_case("bcg-rr-ablat-year-alloc-ml", "dat.bcg", "RR", bcg, method = "ML",
         mods = list(mod("ablat"), mod("year"), mod("alloc")))
add_case("bcg-rr-ablat-year-alloc-reml-knha", "dat.bcg", "RR", bcg, test = "knha",
         mods = list(mod("ablat"), mod("year"), mod("alloc")))
add_case("bcg-rr-ablatc-eb", "dat.bcg", "RR", bcg, method = "EB", mods = list(mod("ablat", "center:33.46")))
add_case("bcg-or-ablat-year-pm", "dat.bcg", "OR", bcg, method = "PM", mods = list(mod("ablat"), mod("year")))

# dat.raudenbush1985: weeks of prior contact capped at 3 (Raudenbush & Bryk 1985), setting, tester.
weeks3 <- mod("weeks", "cap3")
add_case("raudenbush1985-weeks3-reml", "dat.raudenbush1985", "GEN", gen(), mods = list(weeks3), confint = TRUE)
add_case("raudenbush1985-weeks3-ml", "dat.raudenbush1985", "GEN", gen(), method = "ML", mods = list(weeks3))
add_case("raudenbush1985-weeks3-dl", "dat.raudenbush1985", "GEN", gen(), method = "DL", mods = list(weeks3))
add_case("raudenbush1985-weeks3-ee", "dat.raudenbush1985", "GEN", gen(), method = "EE", mods = list(weeks3))
add_case("raudenbush1985-weeks3-reml-knha", "dat.raudenbush1985", "GEN", gen(), test = "knha", mods = list(weeks3))
add_case("raudenbush1985-setting-reml", "dat.raudenbush1985", "GEN", gen(), mods = list(mod("setting")))
add_case("raudenbush1985-tester-pm", "dat.raudenbush1985", "GEN", gen(), method = "PM", mods = list(mod("tester")))
add_case("raudenbush1985-weeks3-setting-tester-reml", "dat.raudenbush1985", "GEN", gen(),
         mods = list(weeks3, mod("setting"), mod("tester")))
add_case("raudenbush1985-weeks-hs", "dat.raudenbush1985", "GEN", gen(), method = "HS", mods = list(mod("weeks")))

# Other moderators: categorical with many levels, numeric, centred, and a moderator with missing values (linde2005).
add_case("curtis1998-rom-fungrp-reml", "dat.curtis1998", "ROM", cont, mods = list(mod("fungrp")))
add_case("curtis1998-rom-time-dl", "dat.curtis1998", "ROM", cont, method = "DL", mods = list(mod("time")))
add_case("curtis1998-rom-method-reml-knha", "dat.curtis1998", "ROM", cont, test = "knha", mods = list(mod("method")))
add_case("curtis1998-rom-co2-sj", "dat.curtis1998", "ROM", cont, method = "SJ", mods = list(mod("co2.elev")))
add_case("ishak2007-gen-mdur-reml", "dat.ishak2007", "GEN", gen("y1i", "v1i"), mods = list(mod("mdur")))
add_case("ishak2007-gen-mbase-he", "dat.ishak2007", "GEN", gen("y1i", "v1i"), method = "HE",
         mods = list(mod("mbase", "center:50")))
add_case("linde2005-rr-baseline-reml", "dat.linde2005", "RR", tabn(), mods = list(mod("baseline")))
add_case("linde2005-rr-duration-dl", "dat.linde2005", "RR", tabn(), method = "DL", mods = list(mod("duration")))
add_case("mcdaniel1994-zcor-type-struct-reml", "dat.mcdaniel1994", "ZCOR", corr,
         mods = list(mod("type"), mod("struct")))
add_case("mcdaniel1994-zcor-struct-ee", "dat.mcdaniel1994", "ZCOR", corr, method = "EE", mods = list(mod("struct")))
add_case("molloy2014-zcor-meanage-reml", "dat.molloy2014", "ZCOR", corr, mods = list(mod("meanage")))
add_case("molloy2014-zcor-quality-eb", "dat.molloy2014", "ZCOR", corr, method = "EB", mods = list(mod("quality")))
add_case("molloy2014-zcor-design-pm", "dat.molloy2014", "ZCOR", corr, method = "PM", mods = list(mod("design")))
add_case("konstantopoulos2011-gen-year-reml", "dat.konstantopoulos2011", "GEN", gen(),
         mods = list(mod("year", "center:1980")))
add_case("hackshaw1998-gen-design-reml", "dat.hackshaw1998", "GEN", gen(), mods = list(mod("design")))
add_case("hackshaw1998-gen-year-ml", "dat.hackshaw1998", "GEN", gen(), method = "ML", mods = list(mod("year")))
add_case("gibson2002-smd-type-dl", "dat.gibson2002", "SMD", cont, method = "DL", mods = list(mod("type")))

# More measures and datasets.
for (m in c("EE", "DL", "REML")) add_case(id_of("bcg-or", m), "dat.bcg", "OR", bcg, method = m)
for (m in c("EE", "DL", "REML")) add_case(id_of("bcg-rd", m), "dat.bcg", "RD", bcg, method = m)
add_case("bcg-rd-reml-knha", "dat.bcg", "RD", bcg, method = "REML", test = "knha")
add_case("bcg-peto-ee", "dat.bcg", "PETO", bcg, method = "EE")
for (m in c("EE", "DL", "ML", "REML")) {
  add_case(id_of("colditz1994-or", m), "dat.colditz1994", "OR", bcg, method = m, confint = m %in% c("ML", "REML"))
}
add_case("hine1989-rr-dl", "dat.hine1989", "RR", tabn(), method = "DL")
add_case("hine1989-or-reml", "dat.hine1989", "OR", tabn(), method = "REML", confint = TRUE)
add_case("hine1989-peto-ee", "dat.hine1989", "PETO", tabn(), method = "EE")
for (m in c("DL", "REML", "HE")) add_case(id_of("normand1999-smd", m), "dat.normand1999", "SMD", cont, method = m)
add_case("normand1999-rom-pm", "dat.normand1999", "ROM", cont, method = "PM")
add_case("egger2001-rr-dl", "dat.egger2001", "RR", tabn(), method = "DL")
add_case("egger2001-rd-reml", "dat.egger2001", "RD", tabn(), method = "REML")
add_case("egger2001-peto-ee", "dat.egger2001", "PETO", tabn(), method = "EE")
add_case("lee2004-or-dl", "dat.lee2004", "OR", tabn(), method = "DL")
add_case("lee2004-or-reml", "dat.lee2004", "OR", tabn(), method = "REML")
add_case("lee2004-rr-hs", "dat.lee2004", "RR", tabn(), method = "HS")
add_case("li2007-or-dl", "dat.li2007", "OR", tabn(), method = "DL")
add_case("li2007-peto-ee", "dat.li2007", "PETO", tabn(), method = "EE")
add_case("li2007-rd-he", "dat.li2007", "RD", tabn(), method = "HE")
add_case("linde2005-rr-reml", "dat.linde2005", "RR", tabn(), method = "REML")
add_case("linde2005-or-sj", "dat.linde2005", "OR", tabn(), method = "SJ")
add_case("nielweise2008-rr-reml", "dat.nielweise2008", "RR", tabn("x1i", "t1i", "x2i", "t2i"), method = "REML")
add_case("nielweise2008-rr-eb", "dat.nielweise2008", "RR", tabn("x1i", "t1i", "x2i", "t2i"), method = "EB")
add_case("collins1985a-bleeding-or-reml", "dat.collins1985a", "OR", tabn("b.xti", "nti", "b.xci", "nci"))
add_case("collins1985a-bleeding-or-pm", "dat.collins1985a", "OR", tabn("b.xti", "nti", "b.xci", "nci"), method = "PM")
add_case("collins1985a-death-or-dl", "dat.collins1985a", "OR", tabn("d.xti", "nti", "d.xci", "nci"), method = "DL")
add_case("collins1985a-operation-rr-ml", "dat.collins1985a", "RR", tabn("o.xti", "nti", "o.xci", "nci"),
         method = "ML")
for (m in c("PM", "DL", "REML", "ML", "HE", "SJ")) {
  add_case(id_of("collins1985b-or", m), "dat.collins1985b", "OR", tabn("pre.xti", "pre.nti", "pre.xci", "pre.nci"),
           method = m, confint = m == "PM")
}
add_case("gibson2002-smd-reml", "dat.gibson2002", "SMD", cont, method = "REML")
add_case("gibson2002-md-he", "dat.gibson2002", "MD", cont, method = "HE")
add_case("gibson2002-or-dl", "dat.gibson2002", "OR", tab4("ai", "bi", "ci", "di"), method = "DL")
add_case("curtis1998-md-dl", "dat.curtis1998", "MD", cont, method = "DL")
add_case("curtis1998-smd-reml", "dat.curtis1998", "SMD", cont, method = "REML")
add_case("pritz1997-pr-dl", "dat.pritz1997", "PR", prop, method = "DL")
add_case("pritz1997-pr-reml", "dat.pritz1997", "PR", prop, method = "REML")
add_case("pagliaro1992-plo-sclerotherapy-reml", "dat.pagliaro1992", "PLO", prop, method = "REML",
         filter = keep_rows("trt", "sclerotherapy"))
add_case("pagliaro1992-pr-betablockers-dl", "dat.pagliaro1992", "PR", prop, method = "DL",
         filter = keep_rows("trt", "beta-blockers"))
add_case("pagliaro1992-plo-control-eb", "dat.pagliaro1992", "PLO", prop, method = "EB",
         filter = keep_rows("trt", "control"))
add_case("hackshaw1998-gen-ee", "dat.hackshaw1998", "GEN", gen(), method = "EE")
add_case("hackshaw1998-gen-dl", "dat.hackshaw1998", "GEN", gen(), method = "DL")
add_case("hackshaw1998-gen-reml", "dat.hackshaw1998", "GEN", gen(), method = "REML", confint = TRUE)
add_case("konstantopoulos2011-gen-reml", "dat.konstantopoulos2011", "GEN", gen(), method = "REML")
add_case("konstantopoulos2011-gen-pm", "dat.konstantopoulos2011", "GEN", gen(), method = "PM")
add_case("berkey1998-pd-reml", "dat.berkey1998", "GEN", gen(), method = "REML", filter = keep_rows("outcome", "PD"))
add_case("berkey1998-al-dl", "dat.berkey1998", "GEN", gen(), method = "DL", filter = keep_rows("outcome", "AL"))
add_case("ishak2007-gen-y1-reml", "dat.ishak2007", "GEN", gen("y1i", "v1i"), method = "REML")
add_case("ishak2007-gen-y2-dl", "dat.ishak2007", "GEN", gen("y2i", "v2i"), method = "DL")
add_case("begg1989-gen-sei-bmt-dl", "dat.begg1989", "GEN", gen_sei, method = "DL", filter = keep_rows("trt", "BMT"))
add_case("molloy2014-zcor-dl", "dat.molloy2014", "ZCOR", corr, method = "DL")
add_case("molloy2014-zcor-reml", "dat.molloy2014", "ZCOR", corr, method = "REML", confint = TRUE)
add_case("yusuf1985-t6-peto-ee", "dat.yusuf1985", "PETO", tabn(), method = "EE", filter = keep_rows("table", "6"))
add_case("yusuf1985-t6-or-dl", "dat.yusuf1985", "OR", tabn(), method = "DL", filter = keep_rows("table", "6"))

# Generic outcomes given as standard errors, on datasets that carry variances (sei = sqrt(vi)).
sei_of <- function(yi = "yi", vi = "vi") list(yi = yi, sei = vi)
sqrt_sei <- list(sei = "sqrt")
add_case("raudenbush1985-gen-sei-reml", "dat.raudenbush1985", "GEN", sei_of(), column_transforms = sqrt_sei)
add_case("hackshaw1998-gen-sei-dl", "dat.hackshaw1998", "GEN", sei_of(), method = "DL", column_transforms = sqrt_sei)
add_case("konstantopoulos2011-gen-sei-pm-knha", "dat.konstantopoulos2011", "GEN", sei_of(), method = "PM",
         test = "knha", column_transforms = sqrt_sei)
add_case("berkey1998-pd-gen-sei-ee", "dat.berkey1998", "GEN", sei_of(), method = "EE",
         filter = keep_rows("outcome", "PD"), column_transforms = sqrt_sei)
add_case("ishak2007-gen-sei-y3-sj", "dat.ishak2007", "GEN", sei_of("y3i", "v3i"), method = "SJ",
         column_transforms = sqrt_sei)

# Single-group proportions from one arm of two-group tables (nielweise2007 has arms without events).
add_case("egger2001-pr-treated-dl", "dat.egger2001", "PR", list(xi = "ai", ni = "n1i"), method = "DL")
add_case("lee2004-plo-control-reml", "dat.lee2004", "PLO", list(xi = "ci", ni = "n2i"))
add_case("nielweise2007-plo-treated-ml", "dat.nielweise2007", "PLO", list(xi = "ai", ni = "n1i"), method = "ML")
add_case("li2007-pr-control-hs", "dat.li2007", "PR", list(xi = "ci", ni = "n2i"), method = "HS")
add_case("gibson2002-rom-reml", "dat.gibson2002", "ROM", cont)

# escalc's continuity correction: the defaults (add 1/2 to tables with a zero cell, keep double-zero tables) on
# nielweise2007 (zero cells, one double zero) and yusuf1985 table 9 (several double zeros), then the other options.
nw <- tabn()
for (ms in c("OR", "RR", "RD", "PETO")) {
  add_case(id_of("nielweise2007", ms, "default-dl"), "dat.nielweise2007", ms, nw, method = "DL")
}
add_case("nielweise2007-or-all-reml", "dat.nielweise2007", "OR", nw, to = "all")
add_case("nielweise2007-or-if0all-reml", "dat.nielweise2007", "OR", nw, to = "if0all")
add_case("nielweise2007-or-drop00-reml", "dat.nielweise2007", "OR", nw, drop00 = TRUE)
add_case("nielweise2007-rr-add0-ee", "dat.nielweise2007", "RR", nw, method = "EE", add = 0)
add_case("nielweise2007-rr-none-ee", "dat.nielweise2007", "RR", nw, method = "EE", to = "none")
add_case("nielweise2007-rd-add0-drop00-dl", "dat.nielweise2007", "RD", nw, method = "DL", add = 0, drop00 = TRUE)
add_case("nielweise2007-or-add01-dl", "dat.nielweise2007", "OR", nw, method = "DL", add = 0.1)
add_case("yusuf1985-t9-or-default-reml", "dat.yusuf1985", "OR", tabn(), filter = keep_rows("table", "9"))
add_case("yusuf1985-t9-or-drop00-reml", "dat.yusuf1985", "OR", tabn(), filter = keep_rows("table", "9"),
         drop00 = TRUE)
add_case("yusuf1985-t9-rr-all-dl", "dat.yusuf1985", "RR", tabn(), method = "DL", filter = keep_rows("table", "9"),
         to = "all")
add_case("pritz1997-plo-default-dl", "dat.pritz1997", "PLO", prop, method = "DL")
add_case("pritz1997-pr-all-dl", "dat.pritz1997", "PR", prop, method = "DL", to = "all")
add_case("pagliaro1992-plo-all-reml", "dat.pagliaro1992", "PLO", prop, to = "all")

reset_dir(models_dir)
ids <- vapply(cases, `[[`, "", "id")
if (anyDuplicated(ids)) stop("duplicate case ids: ", paste(ids[duplicated(ids)], collapse = ", "))
for (c in cases) withCallingHandlers(run_case(c), error = function(e) message("in case ", c$id))

# ---------------------------------------------------------------------------------------------------------------
# Mantel-Haenszel and Peto (equal-effects methods on the 2x2 tables)

mh_case <- function(id, dataset, columns, measure, filter = NULL) {
  list(id = id, kind = "rma.mh", dataset = dataset, filter = filter, measure = measure, columns = columns)
}
peto_case <- function(id, dataset, columns, filter = NULL) {
  list(id = id, kind = "rma.peto", dataset = dataset, filter = filter, measure = "PETO", columns = columns)
}

mh_cases <- list()
t6 <- keep_rows("table", "6")
for (ms in c("OR", "RR", "RD")) {
  mh_cases[[length(mh_cases) + 1]] <- mh_case(id_of("mh-bcg", ms), "dat.bcg", bcg, ms)
  mh_cases[[length(mh_cases) + 1]] <- mh_case(id_of("mh-yusuf1985-t6", ms), "dat.yusuf1985", tabn(), ms, t6)
  mh_cases[[length(mh_cases) + 1]] <- mh_case(id_of("mh-egger2001", ms), "dat.egger2001", tabn(), ms)
  mh_cases[[length(mh_cases) + 1]] <- mh_case(id_of("mh-nielweise2007", ms), "dat.nielweise2007", tabn(), ms)
}
mh_cases[[length(mh_cases) + 1]] <- mh_case("mh-yusuf1985-t9-or", "dat.yusuf1985", tabn(), "OR", keep_rows("table", "9"))
mh_cases[[length(mh_cases) + 1]] <- peto_case("peto-bcg", "dat.bcg", bcg)
mh_cases[[length(mh_cases) + 1]] <- peto_case("peto-yusuf1985-t6", "dat.yusuf1985", tabn(), t6)
mh_cases[[length(mh_cases) + 1]] <- peto_case("peto-nielweise2007", "dat.nielweise2007", tabn())
mh_cases[[length(mh_cases) + 1]] <- peto_case("peto-egger2001", "dat.egger2001", tabn())
mh_cases[[length(mh_cases) + 1]] <- peto_case("peto-yusuf1985-t9", "dat.yusuf1985", tabn(), keep_rows("table", "9"))

run_mh_case <- function(c) {
  d <- filtered(read_dataset(c$dataset), c$filter)
  args <- list()
  for (arg in names(c$columns)) args[[arg]] <- d[[c$columns[[arg]]]]
  cols <- paste(sprintf("%s = %s", names(c$columns), unlist(c$columns)), collapse = ", ")
  if (c$kind == "rma.mh") {
    args$measure <- c$measure
    fit <- suppressWarnings(do.call(rma.mh, args))
    call <- sprintf("rma.mh(%s, measure = \"%s\", data = %s)", cols, c$measure, data_text(c))
  } else {
    fit <- suppressWarnings(do.call(rma.peto, args))
    call <- sprintf("rma.peto(%s, data = %s)", cols, data_text(c))
  }
  # The study-level outcomes behind Q: escalc with the defaults of rma.mh/rma.peto (add 1/2 to zero cells only,
  # double-zero tables dropped).
  es_args <- args
  es_args$measure <- c$measure
  es_args$drop00 <- TRUE
  es <- suppressWarnings(do.call(escalc, es_args))
  k_yi <- sum(!is.na(es$yi) & !is.na(es$vi))
  stopifnot(k_yi == fit$k.yi, abs(pchisq(fit$QE, k_yi - 1, lower.tail = FALSE) - fit$QEp) < 1e-12)
  values <- list(
    k = fit$k, k_yi = fit$k.yi,
    beta = fit$beta[1], se = fit$se, zval = fit$zval, pval = fit$pval, ci_lb = fit$ci.lb, ci_ub = fit$ci.ub,
    QE = fit$QE, QE_df = fit$k.yi - 1, QE_p = fit$QEp, I2 = fit$I2, H2 = fit$H2
  )
  if (c$kind == "rma.mh" && c$measure == "OR") {
    values <- c(values, list(MH = fit$MH, MH_p = fit$MHp, TA = fit$TA, TA_p = fit$TAp))
  }
  out <- list(
    case = c$id, dataset = c$dataset, subset = subset_text(c$filter), call = call, metafor = metafor_version,
    input = list(kind = c$kind, measure = c$measure, columns = c$columns, filter = c$filter),
    escalc = list(yi = I(as.vector(es$yi)), vi = I(as.vector(es$vi))),
    fit = values
  )
  write_golden(out, mhpeto_dir, c$id)
}

reset_dir(mhpeto_dir)
for (c in mh_cases) withCallingHandlers(run_mh_case(c), error = function(e) message("in case ", c$id))
message(sprintf("metafor %s: %d model cases in %s, %d MH/Peto cases in %s", metafor_version, length(cases),
                models_dir, length(mh_cases), mhpeto_dir))
