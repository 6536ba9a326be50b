using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exponent that is a log plus other terms is a raw logit (Real53's grensen naive Bayes, SoftmaxModel.LogScores.cs):
/// <c>exp(log a + b) = a · e^b</c> overflows with <c>b</c>, and a sum of logs accumulated over the features (<c>logp =
/// log prior; logp += log density</c>, a LINQ <c>Sum</c> of logs) overflows or underflows the whole class axis to
/// 0 / 0, whatever it logs (a density helper the model cannot read included). Reached through a local, a compound
/// assignment, an array element. Silent: a log of one value alone (<c>exp(log x) = x</c>), a difference of logs, a
/// data-free power (<c>exp(c · log x) = x^c</c>), a clamp, and the naive-Bayes twins that subtract the maximum of the
/// class scores or normalise with a log-sum-exp.
/// </summary>
public class SoftmaxModelLogPlusTermTests
{
    [Theory]
    [InlineData("double logp = Math.Log(prior[c]); for (int j = 0; j < x.Length; j++) logp += Math.Log(lik[c][j]);")]
    [InlineData("double logp = Math.Log(count[c]); for (int j = 0; j < x.Length; j++) logp += Math.Log(Density(mu[c][j], sigma[c][j], x[j]));")]
    [InlineData("double logp = 0; for (int j = 0; j < x.Length; j++) logp += Math.Log(Density(mu[c][j], sigma[c][j], x[j]));")]
    [InlineData("double logp = Math.Log(count[c]); int k = 0; while (k < x.Length) { logp = logp + Math.Log(Density(mu[c][k], sigma[c][k], x[k])); k++; }")]
    [InlineData("double logp = Math.Log(prior[c]); for (int j = 0; j < x.Length; j++) { double z = (x[j] - mu[c][j]) / sigma[c][j]; logp += -0.5 * z * z - Math.Log(sigma[c][j]); }")]
    [InlineData("double logp = Math.Log(prior[c]); for (int j = 0; j < x.Length; j++) { double z = (x[j] - mu[c][j]) / sigma[c][j]; logp += -0.5 * z * z; }")]
    [InlineData("double logp = Math.Log(prior[c]); foreach (var (m, s, v) in mu[c].Zip(sigma[c], x)) logp -= 0.5 * (v - m) * (v - m) / (s * s) + Math.Log(s);")]
    [InlineData("double logp = Math.Log(prior[c]) + score[c];")]
    [InlineData("double logp = Math.Log(count[c]) + score[c];")]
    [InlineData("double logp = score[c] - Math.Log(sigma[c][0]);")]
    [InlineData("double logp = Math.Log(prior[c]); logp = logp + score[c];")]
    [InlineData("double logp = Math.Log(prior[c]); logp += score[c];")]
    [InlineData("double logp = Math.Log(prior[c]) + lik[c].Sum(v => Math.Log(v));")]
    [InlineData("double logp = lik[c].Select(v => Math.Log(v)).Sum();")]
    [InlineData("double logp = lik[c].Sum(v => Math.Log(v));")]
    [InlineData("double logp = Math.Log(prior[c]); for (int j = 0; j < x.Length; j++) logp += w[c][j] * x[j];")]
    [InlineData("lp[c] = Math.Log(prior[c]); for (int j = 0; j < x.Length; j++) lp[c] += Math.Log(lik[c][j]); double logp = lp[c];")]
    [InlineData("lp[c] = Math.Log(count[c]); for (int j = 0; j < x.Length; j++) lp[c] += Math.Log(Density(mu[c][j], sigma[c][j], x[j])); double logp = lp[c];")]
    public async Task ALogPlusOtherTerms_IsARawLogit(string score)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(NaiveBayes(score)));
    }

    [Theory]
    [InlineData("double logp = Math.Log(prior[c]);")]
    [InlineData("double logp = Math.Log(count[c]);")]
    [InlineData("double logp = Math.Log(prior[c]) - Math.Log(lik[c][0]);")]
    [InlineData("double logp = 0.5 * Math.Log(prior[c]);")]
    [InlineData("double logp = Math.Log(prior[c]) / t;")]
    [InlineData("double logp = Math.Log(prior[c]) * (1.0 / t);")]
    [InlineData("double logp = Math.Log(Density(mu[c][0], sigma[c][0], x[0]));")]
    [InlineData("double logp = Math.Min(Math.Log(prior[c]) + score[c], 700);")]
    [InlineData("double logp = Math.Log(count[c]); for (int j = 0; j < x.Length; j++) logp += Math.Log(lik[c][j]); logp = Math.Min(logp, 700.0);")]
    public async Task ALogOfOneValueOrAClamp_IsSilent(string score)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(NaiveBayes(score)));
    }

    [Theory]
    [InlineData("MathF.Log(prior[c]) + score[c]", true)]
    [InlineData("score[c] + MathF.Log(prior[c])", true)]
    [InlineData("MathF.Log(prior[c])", false)]
    [InlineData("float.Log(prior[c]) - float.Log(score[c])", false)]
    [InlineData("MathF.Log(prior[c]) * 0.5f", false)]
    public async Task FloatSpellings_AreReadTheSameWay(string exponent, bool reported)
    {
        var source = $$"""
            using System;

            static class FloatBayes {
                static void Posterior(float[] prior, float[] score, float[] p) {
                    float sum = 0f;
                    for (int c = 0; c < p.Length; c++) {
                        p[c] = MathF.Exp({{exponent}});
                        sum += p[c];
                    }
                    for (int c = 0; c < p.Length; c++) p[c] /= sum;
                }
            }
            """;
        Assert.Equal(reported ? new[] { "LG0003" } : Array.Empty<string>(), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The naive-Bayes scores in an array, then normalised: raw, shifted by their maximum, or by their log-sum-exp.</summary>
    [Theory]
    [InlineData("p[c] = Math.Exp(lp[c]);", "LG0003")]
    [InlineData("p[c] = Math.Exp(lp[c] - max);", null)]
    [InlineData("p[c] = Math.Exp(lp[c] - lse);", null)]
    [InlineData("p[c] = Math.Exp(Math.Min(lp[c], 700.0));", null)]
    public async Task ClassScoresInAnArray_AreJudgedByWhatIsSubtracted(string exp, string? expected)
    {
        var source = $$"""
            using System;

            static class GaussianBayes {
                static double[] Posterior(double[] prior, double[][] mu, double[][] sigma, double[] x) {
                    int nc = prior.Length;
                    var lp = new double[nc];
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < nc; c++) {
                        lp[c] = Math.Log(prior[c]);
                        for (int j = 0; j < x.Length; j++) {
                            double z = (x[j] - mu[c][j]) / sigma[c][j];
                            lp[c] += -0.5 * z * z - Math.Log(sigma[c][j]);
                        }
                        max = Math.Max(max, lp[c]);
                    }
                    double s = 0;
                    for (int c = 0; c < nc; c++) s += Math.Exp(lp[c] - max);
                    double lse = max + Math.Log(s);
                    var p = new double[nc];
                    double sum = 0;
                    for (int c = 0; c < nc; c++) {
                        {{exp}}
                        sum += p[c];
                    }
                    for (int c = 0; c < nc; c++) p[c] /= sum;
                    return p;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Real53's shape: a local function over captured arrays, a count prior, a density helper and a guarded sum.</summary>
    [Theory]
    [InlineData("evidenceTerms[c] = Math.Exp(evidence);", true)]
    [InlineData("evidenceTerms[c] = Math.Exp(evidence - best);", false)]
    public async Task ALocalFunctionsNaiveBayes_IsJudgedLikeTheMethod(string exp, bool reported)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class OnlineBayes {
                public static double[] Predict(double[][] data, double[][] mean, double[][] variance, int[] classCounts, int nx) {
                    int nc = classCounts.Length;
                    var evidenceTerms = new double[nc];
                    var probs = new double[nc];
                    Compute();
                    return probs;

                    void Compute() {
                        var scores = new double[nc];
                        double best = double.NegativeInfinity;
                        for (int c = 0; c < nc; c++) {
                            double evidence = Math.Log(classCounts[c]);
                            for (int j = 0; j < nx; ++j) evidence += Math.Log(Pdf(mean[c][j], variance[c][j], data[0][j]));
                            scores[c] = evidence;
                            best = Math.Max(best, evidence);
                        }
                        double sumEvidence = 0.0;
                        for (int c = 0; c < nc; c++) {
                            double evidence = scores[c];
                            sumEvidence += {{exp}}
                        }
                        for (int c = 0; c < nc; c++) probs[c] = evidenceTerms[c] / (sumEvidence + 1e-8);
                    }
                }

                private static double Pdf(double mean, double variance, double x) =>
                    1.0 / Math.Sqrt(2 * Math.PI * variance) * Math.Exp(-(x - mean) * (x - mean) / (2 * variance));
            }
            """;
        Assert.Equal(reported ? new[] { "LG0003" } : Array.Empty<string>(), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>A log-sum-exp of naive-Bayes scores (the evidence) is judged the same way: raw when nothing is subtracted.</summary>
    [Theory]
    [InlineData("Math.Exp(lp[c])", "LG0003")]
    [InlineData("Math.Exp(lp[c] - max)", null)]
    public async Task ALogSumExpOfClassScores_IsJudgedTheSameWay(string term, string? expected)
    {
        var source = $$"""
            using System;

            static class Evidence {
                static double LogEvidence(double[] prior, double[][] lik) {
                    var lp = new double[prior.Length];
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < prior.Length; c++) {
                        lp[c] = Math.Log(prior[c]);
                        for (int j = 0; j < lik[c].Length; j++) lp[c] += Math.Log(lik[c][j]);
                        max = Math.Max(max, lp[c]);
                    }
                    double s = 0;
                    for (int c = 0; c < prior.Length; c++) s += {{term}};
                    return {{(expected is null ? "max + " : "")}}Math.Log(s);
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string NaiveBayes(string score) => $$"""
        using System;
        using System.Linq;

        static class NaiveBayes {
            static double[] Posterior(double[] prior, double[][] lik, double[] x, double[][] mu, double[][] sigma, double[] score, double[][] w, int[] count, double t) {
                int nc = prior.Length;
                var p = new double[nc];
                var lp = new double[nc];
                double sum = 0;
                for (int c = 0; c < nc; c++) {
                    {{score}}
                    p[c] = Math.Exp(logp);
                    sum += p[c];
                }
                for (int c = 0; c < nc; c++) p[c] /= sum;
                return p;
            }

            static double Density(double mean, double sd, double v) => Math.Exp(-(v - mean) * (v - mean) / (2 * sd * sd)) / (Math.Sqrt(2 * Math.PI) * sd);
        }
        """;
}
