using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on an exp inside a bounded function (Real46: CallaghanDev.ML's memory attention, where
/// <c>freq = exp(logFreq)</c> is a time encoding's frequency fed to sin/cos that build the keys, and the scores are then
/// softmaxed with their row maximum in the same buffer). <c>sin(exp(a) * t)</c> lies in [−1, 1] whatever the exp is,
/// so that exp is no term of the normalisation downstream: the site holds only the score exp. The twin whose scores
/// are not shifted is still LG0003 (once, at the score exp), and an exp of logits scaled by a bounded value
/// (<c>exp(x[j] * cos(a))</c>) is still unbounded.
/// </summary>
public class SoftmaxModelBoundedExpTests
{
    [Theory]
    [InlineData("MathF.Sin")]
    [InlineData("MathF.Cos")]
    [InlineData("MathF.Tanh")]
    public void ExpInsideABoundedFunction_IsNoTermOfTheSite(string bounded)
    {
        var model = ModelDescriptions.Method(Source(bounded, shifted: true), "F");
        var site = Assert.Single(model.Sites);
        var exp = Assert.Single(site.Exps.Distinct());
        Assert.Contains("scores[j]", ((IInvocationOperation)exp).Arguments[0].Syntax.ToString(), StringComparison.Ordinal);
        Assert.True(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("MathF.Sin", true, "")]
    [InlineData("MathF.Cos", true, "")]
    [InlineData("MathF.Tanh", true, "")]
    [InlineData("MathF.Sin", false, "LG0003 scores[j]")]
    [InlineData("MathF.Cos", false, "LG0003 scores[j]")]
    public async Task Analyzer_ReportsOnlyAnUnshiftedScoreExp(string bounded, bool shifted, string expected)
    {
        var compilation = FixRunner.CompileRecreation(Source(bounded, shifted));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reports = (await FixRunner.AnalyzeAsync(compilation)).Where(d => d.Id.StartsWith("LG", StringComparison.Ordinal) || d.Id == "AD0001");
        Assert.Equal(expected, string.Join(" | ", reports.Select(d => d.Id + " " + ReportedOperand(d))));
    }

    /// <summary>exp of logits scaled by a bounded value is as unbounded as the logits: still LG0003.</summary>
    [Fact]
    public async Task ExpOfLogitsScaledByABoundedValue_IsStillReported()
    {
        const string source = """
            using System;

            static class Rotated {
                static void F(float[] x, float[] y, float theta) {
                    float sum = 0f;
                    for (int j = 0; j < x.Length; j++) {
                        y[j] = MathF.Exp(x[j] * MathF.Cos(theta));
                        sum += y[j];
                    }
                    for (int j = 0; j < x.Length; j++) y[j] /= sum;
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(d => d.Id).Where(id => id.StartsWith("LG", StringComparison.Ordinal) || id == "AD0001");
        Assert.Equal("LG0003", string.Join(" ", ids));
    }

    private static string ReportedOperand(Diagnostic diagnostic)
    {
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        return text.Contains("scores[j]", StringComparison.Ordinal) ? "scores[j]" : text;
    }

    /// <summary>
    /// Memory attention over time-encoded keys: the encoding sums <c>bounded(exp(logFreq[b]) * t)</c>, the scores are
    /// dot products of encoded keys written to <c>scores</c>, then overwritten in place by their exps.
    /// </summary>
    private static string Source(string bounded, bool shifted) => $$"""
        using System;

        static class MemoryAttention {
            static void F(float[,] keys, float[] times, float[] logFreq, float[,] mix, float[,] output) {
                int n = keys.GetLength(0), dim = keys.GetLength(1);
                var encoding = new float[n, dim];
                var scores = new float[n];
                for (int s = 0; s < n; s++) {
                    for (int p = 0; p < dim; p++) {
                        float val = 0f;
                        for (int b = 0; b < logFreq.Length; b++) {
                            float freq = MathF.Exp(logFreq[b]);
                            val += mix[p, b] * {{bounded}}(freq * times[s]);
                        }
                        encoding[s, p] = val;
                    }
                }

                for (int i = 0; i < n; i++) {
                    float maxScore = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) {
                        float dot = 0f;
                        for (int p = 0; p < dim; p++) dot += (keys[i, p] + encoding[i, p]) * (keys[j, p] + encoding[j, p]);
                        scores[j] = dot;
                        if (dot > maxScore) maxScore = dot;
                    }

                    float sum = 0f;
                    for (int j = 0; j < n; j++) {
                        float w = MathF.Exp({{(shifted ? "scores[j] - maxScore" : "scores[j]")}});
                        scores[j] = w;
                        sum += w;
                    }

                    float inv = 1f / sum;
                    for (int p = 0; p < dim; p++) {
                        float val = 0f;
                        for (int j = 0; j < n; j++) val += scores[j] * inv * keys[j, p];
                        output[i, p] = val;
                    }
                }
            }
        }
        """;
}
