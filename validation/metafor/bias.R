# Reference values for the influence diagnostics (leave1out, cumul, influence) and the small-study methods (regtest,
# ranktest, trimfill, fsn) of @evidens/meta, computed with metafor. One JSON file per case in golden/bias/: the
# `input` block says how to rebuild the model (dataset, measure, metafor argument -> dataset column, method, test,
# level, fixed tau2, moderators, order key of the cumulative analysis); the other blocks hold metafor's results.
#
# Run from the repository root: Rscript validation/metafor/bias.R
# (make-golden.R sources this file; it runs inside local() and leaves nothing behind.)
# Reference data: $EVIDENS_SHARED, or ../shared/data beside the checkout.

local({
  suppressPackageStartupMessages({
    library(metafor)
    library(jsonlite)
  })

  # The repository root: the working directory, or up to two levels above it when sourced with chdir = TRUE.
  candidates <- c(".", "..", file.path("..", ".."))
  root <- candidates[dir.exists(file.path(candidates, "validation", "metafor"))][1]
  if (is.na(root)) stop("run this script from the repository root (validation/metafor not found from ", getwd(), ")")
  shared <- Sys.getenv("EVIDENS_SHARED", file.path(root, "..", "shared", "data"))
  data_dir <- file.path(shared, "meta-analysis", "data_metadat")
  if (!dir.exists(data_dir)) stop("reference data not found at ", data_dir, " (set EVIDENS_SHARED)")
  out_dir <- file.path(root, "validation", "metafor", "golden", "bias")
  dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

  # Iterative estimators converge far below the engine's own threshold, so differences are the engine's alone.
  control <- list(threshold = 1e-12, maxiter = 10000)

  # The CSV exports (not metadat's in-memory copies) so that R and the engine read the very same numbers.
  read_dataset <- function(name) read.csv(file.path(data_dir, paste0(name, ".csv")), stringsAsFactors = FALSE)

  effect_sizes <- function(dat, measure, columns) {
    if (measure == "GEN") {
      return(data.frame(dat, yi = dat[[columns$yi]], vi = dat[[columns$vi]]))
    }
    args <- c(list(measure = measure, data = dat), lapply(columns, as.name))
    do.call(escalc, args)
  }

  num <- function(x) I(as.numeric(unname(x)))

  list_rma <- function(x) {
    stat <- if (!is.null(x$zval)) x$zval else x$tval
    p <- if (!is.null(x$pval)) x$pval else x$pvals
    out <- list(
      estimate = num(x$estimate), se = num(x$se), zval = num(stat), pval = num(p),
      ci_lb = num(x$ci.lb), ci_ub = num(x$ci.ub), Q = num(x$Q), Qp = num(x$Qp),
      I2 = num(x$I2), H2 = num(x$H2)
    )
    if (!is.null(x$tau2)) out$tau2 <- num(x$tau2)
    out
  }

  model_summary <- function(res) {
    list(
      k = res$k, beta = num(res$beta), se = num(res$se), zval = num(res$zval), pval = num(res$pval),
      ci_lb = num(res$ci.lb), ci_ub = num(res$ci.ub), tau2 = res$tau2, QE = res$QE, QEp = res$QEp,
      I2 = res$I2, H2 = res$H2
    )
  }

  regression_test <- function(res, model) {
    r <- regtest(res, model = model)
    list(
      zval = r$zval, pval = r$pval, df = if (is.null(r$dfs) || is.na(r$dfs)) NULL else r$dfs,
      est = if (is.null(r$est)) NULL else unname(r$est),
      ci_lb = if (is.null(r$ci.lb)) NULL else r$ci.lb, ci_ub = if (is.null(r$ci.ub)) NULL else r$ci.ub,
      fit_beta = num(coef(r$fit)), fit_se = num(sqrt(diag(vcov(r$fit))))
    )
  }

  trim_and_fill <- function(res, estimator) {
    # trimfill does not reuse the model's control for its inner fits; it takes one through `...`.
    tf <- tryCatch(trimfill(res, estimator = estimator, control = control), error = function(e) e)
    if (inherits(tf, "error")) return(list(error = conditionMessage(tf)))
    list(
      k0 = tf$k0, se_k0 = tf$se.k0, p_k0 = if (is.na(tf$p.k0)) NULL else tf$p.k0, side = tf$side,
      # The filled studies are appended to yi and vi (`fill` also counts studies omitted for missing values).
      filled_yi = num(utils::tail(tf$yi, tf$k0)), filled_vi = num(utils::tail(tf$vi, tf$k0)),
      fit = model_summary(tf)
    )
  }

  fail_safe <- function(yi, vi) {
    ros <- fsn(yi, vi)
    orw <- fsn(yi, vi, type = "Orwin")
    orww <- fsn(yi, vi, type = "Orwin", weighted = TRUE)
    rsb <- fsn(yi, vi, type = "Rosenberg")
    list(
      Rosenthal = list(fsnum = ros$fsnum, pval = ros$pval, alpha = ros$alpha),
      Orwin = list(fsnum = orw$fsnum, meanes = orw$meanes, target = orw$target),
      OrwinWeighted = list(fsnum = orww$fsnum, meanes = orww$meanes, target = orww$target),
      Rosenberg = list(fsnum = rsb$fsnum, pval = rsb$pval, meanes = rsb$meanes, alpha = rsb$alpha)
    )
  }

  run_case <- function(name, dataset, measure, columns, method, test = "z", level = 95, tau2 = NULL,
                       mods = character(0), order = NULL) {
    dat <- effect_sizes(read_dataset(dataset), measure, columns)
    args <- list(yi = dat$yi, vi = dat$vi, method = method, test = test, level = level, control = control)
    if (!is.null(tau2)) args$tau2 <- tau2
    if (length(mods) > 0) args$mods <- as.matrix(dat[mods])
    res <- do.call(rma, args)

    out <- list(
      metafor = as.character(packageVersion("metafor")),
      case = name,
      input = list(
        dataset = dataset, measure = measure, columns = columns, method = method, test = test, level = level,
        tau2 = tau2, mods = I(mods), order = order
      ),
      model = model_summary(res)
    )
    if (length(mods) == 0) {
      out$leave1out <- list_rma(leave1out(res))
      cm <- if (is.null(order)) cumul(res) else cumul(res, order = dat[[order]])
      out$cumul <- c(list(rows = num(cm$ids)), list_rma(cm))
    }
    inf <- influence(res)
    out$influence <- list(
      rstudent = num(inf$inf$rstudent), dffits = num(inf$inf$dffits), cook_d = num(inf$inf$cook.d),
      cov_r = num(inf$inf$cov.r), tau2_del = num(inf$inf$tau2.del), QE_del = num(inf$inf$QE.del),
      hat = num(inf$inf$hat), weight = num(inf$inf$weight), inf = I(unname(inf$is.infl)),
      dfbetas = sapply(colnames(res$X), function(b) num(inf$dfbs[[b]]), simplify = FALSE)
    )
    out$regtest <- list(rma = regression_test(res, "rma"), lm = regression_test(res, "lm"))
    rk <- ranktest(res)
    out$ranktest <- list(tau = unname(rk$tau), pval = rk$pval)
    if (length(mods) == 0) {
      out$trimfill <- list(
        L0 = trim_and_fill(res, "L0"), R0 = trim_and_fill(res, "R0"), Q0 = trim_and_fill(res, "Q0")
      )
    }
    out$fsn <- fail_safe(res$yi, res$vi)

    write_json(out, file.path(out_dir, paste0(name, ".json")),
      digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null", null = "null"
    )
    name
  }

  bcg <- list(ai = "tpos", bi = "tneg", ci = "cpos", di = "cneg")
  arms <- list(ai = "ai", n1i = "n1i", ci = "ci", n2i = "n2i")
  generic <- list(yi = "yi", vi = "vi")
  correlation <- list(ri = "ri", ni = "ni")
  means <- list(m1i = "m1i", sd1i = "sd1i", n1i = "n1i", m2i = "m2i", sd2i = "sd2i", n2i = "n2i")
  suppressWarnings({
    cases <- c(
      run_case("bcg-rr-ee", "dat.bcg", "RR", bcg, "EE", order = "year"),
      run_case("bcg-rr-dl", "dat.bcg", "RR", bcg, "DL", order = "year"),
      run_case("bcg-rr-reml", "dat.bcg", "RR", bcg, "REML", order = "year"),
      run_case("bcg-rr-reml-knha-level90", "dat.bcg", "RR", bcg, "REML", test = "knha", level = 90),
      run_case("bcg-rr-reml-tau2-fixed", "dat.bcg", "RR", bcg, "REML", tau2 = 0.1, order = "ablat"),
      run_case("bcg-rr-reml-ablat", "dat.bcg", "RR", bcg, "REML", mods = "ablat"),
      run_case("bcg-rr-reml-knha-ablat-year", "dat.bcg", "RR", bcg, "REML", test = "knha", mods = c("ablat", "year")),
      run_case("hackshaw1998-ee", "dat.hackshaw1998", "GEN", generic, "EE", order = "year"),
      run_case("hackshaw1998-dl", "dat.hackshaw1998", "GEN", generic, "DL"),
      run_case("hackshaw1998-reml", "dat.hackshaw1998", "GEN", generic, "REML", order = "year"),
      run_case("egger2001-or-ee", "dat.egger2001", "OR", arms, "EE", order = "year"),
      run_case("egger2001-or-reml-knha", "dat.egger2001", "OR", arms, "REML", test = "knha", order = "year"),
      run_case("li2007-or-dl", "dat.li2007", "OR", arms, "DL", order = "year"),
      run_case("li2007-or-reml", "dat.li2007", "OR", arms, "REML"),
      run_case("lee2004-or-ee", "dat.lee2004", "OR", arms, "EE"),
      run_case("lee2004-or-reml", "dat.lee2004", "OR", arms, "REML", order = "year"),
      run_case("linde2005-or-dl-knha", "dat.linde2005", "OR", arms, "DL", test = "knha"),
      run_case("linde2005-or-reml", "dat.linde2005", "OR", arms, "REML", order = "n1i"),
      run_case("raudenbush1985-ee", "dat.raudenbush1985", "GEN", generic, "EE", order = "year"),
      run_case("raudenbush1985-dl", "dat.raudenbush1985", "GEN", generic, "DL"),
      run_case("raudenbush1985-reml", "dat.raudenbush1985", "GEN", generic, "REML", order = "weeks"),
      run_case("raudenbush1985-reml-knha", "dat.raudenbush1985", "GEN", generic, "REML", test = "knha"),
      run_case("pritz1997-plo-dl", "dat.pritz1997", "PLO", list(xi = "xi", ni = "ni"), "DL"),
      run_case("pritz1997-plo-reml", "dat.pritz1997", "PLO", list(xi = "xi", ni = "ni"), "REML"),
      run_case("molloy2014-zcor-ee", "dat.molloy2014", "ZCOR", correlation, "EE", order = "year"),
      run_case("molloy2014-zcor-reml", "dat.molloy2014", "ZCOR", correlation, "REML", order = "year"),
      run_case("curtis1998-rom-dl", "dat.curtis1998", "ROM", means, "DL"),
      run_case("curtis1998-rom-reml", "dat.curtis1998", "ROM", means, "REML", order = "time"),
      run_case("mcdaniel1994-zcor-dl", "dat.mcdaniel1994", "ZCOR", correlation, "DL"),
      run_case("mcdaniel1994-zcor-reml", "dat.mcdaniel1994", "ZCOR", correlation, "REML", order = "ni")
    )
  })
  message(length(cases), " cases written to ", out_dir)
})
