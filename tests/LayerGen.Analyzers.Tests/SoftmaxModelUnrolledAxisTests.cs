using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on an axis unrolled into constant indices of a multi-dimensional buffer (HeldOut16
/// <c>MortgageTermination_PortfolioNormaliser</c>): <c>p[n, 0] + p[n, 1] + p[n, 2]</c> of a <c>new double[rows, 3]</c>
/// sums p's second axis, and an inline Max tree whose leaves are the logits of those slots is the maximum over that
/// axis; folded into a running sum or maximum over the rows, they span the rows too. A partial set of slots or of
/// leaves is neither.
/// </summary>
public class SoftmaxModelUnrolledAxisTests
{
    private const string Usings = """
        using System;

        """;

    /// <summary>A three-outcome softmax per row written out over p[n, 0..2]; <paramref name="peak"/> and <paramref name="sum"/> vary.</summary>
    private static string Rows(string peak, string sum) => Usings + $$"""
        static class C {
            static double[,] F(double[,] u) {
                int rows = u.GetLength(0);
                var p = new double[rows, 3];
                double z = 0;
                for (int n = 0; n < rows; n++) {
                    double top = {{peak}};
                    p[n, 0] = Math.Exp(u[n, 0] - top);
                    p[n, 1] = Math.Exp(u[n, 1] - top);
                    p[n, 2] = Math.Exp(u[n, 2] - top);
                    z += {{sum}};
                }
                for (int n = 0; n < rows; n++)
                    for (int k = 0; k < 3; k++)
                        p[n, k] /= z;
                return p;
            }
        }
        """;

    [Theory]
    [InlineData("Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2]))", "p[n, 0] + p[n, 1] + p[n, 2]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {p.r1,u.r0} | max top {p.r1} | max top {p.r1} | max top {p.r1} | exps 3\n")]
    [InlineData("Math.Max(Math.Max(u[n, 2], u[n, 0]), u[n, 1])", "p[n, 2] + p[n, 0] + p[n, 1]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {p.r1,u.r0} | max top {p.r1} | max top {p.r1} | max top {p.r1} | exps 3\n")]
    // Two slots of three: a partial sum, no unrolled axis (the fold is over the rows only).
    [InlineData("Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2]))", "p[n, 0] + p[n, 1]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {u.r0} | max top {p.r1} | max top {p.r1} | max top {p.r1} | exps 3\n")]
    // A slot twice: no unrolled axis.
    [InlineData("Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2]))", "p[n, 0] + p[n, 1] + p[n, 1]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {u.r0} | max top {p.r1} | max top {p.r1} | max top {p.r1} | exps 3\n")]
    // A peak over two of the three logits is no maximum over the axis.
    [InlineData("Math.Max(u[n, 0], u[n, 1])", "p[n, 0] + p[n, 1] + p[n, 2]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {p.r1,u.r0} | exps 3\n")]
    // A leaf that is no slot's logit (u[n, 3] instead of u[n, 2]).
    [InlineData("Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 3]))", "p[n, 0] + p[n, 1] + p[n, 2]", "site p[n, k] /= z | dims {p.r1,u.r0} | sum z {p.r1,u.r0} | exps 3\n")]
    public void SlotsOfAnUnrolledAxis_AreSummedAndPeakedOverThatAxis_OnlyWhenEverySlotAndLeafMatches(string peak, string sum, string expected)
    {
        Assert.Equal(expected, ModelDescriptions.Of(Rows(peak, sum))["F"]);
    }

    [Fact]
    public void ReferenceOutcomeZero_IsALeafOfTheAxisPeak_ARunningTreeFoldPeaksTheWholeBuffer()
    {
        var models = ModelDescriptions.Of(Usings + """
            static class C {
                static double[,] Reference(double[,] utility) {
                    int loans = utility.GetLength(0);
                    var p = new double[loans, 3];
                    double z = 0;
                    for (int n = 0; n < loans; n++) {
                        double prepay = utility[n, 0], @default = utility[n, 1];
                        double top = Math.Max(0.0, Math.Max(prepay, @default));
                        p[n, 0] = Math.Exp(-top);
                        p[n, 1] = Math.Exp(prepay - top);
                        p[n, 2] = Math.Exp(@default - top);
                        z += p[n, 0] + p[n, 1] + p[n, 2];
                    }
                    for (int n = 0; n < loans; n++)
                        for (int k = 0; k < 3; k++)
                            p[n, k] /= z;
                    return p;
                }
                static double[,] RunningPeak(double[,] u) {
                    int rows = u.GetLength(0);
                    var p = new double[rows, 3];
                    double g = double.NegativeInfinity;
                    for (int n = 0; n < rows; n++) g = Math.Max(g, Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2])));
                    double z = 0;
                    for (int n = 0; n < rows; n++) {
                        p[n, 0] = Math.Exp(u[n, 0] - g);
                        p[n, 1] = Math.Exp(u[n, 1] - g);
                        p[n, 2] = Math.Exp(u[n, 2] - g);
                        z += p[n, 0] + p[n, 1] + p[n, 2];
                    }
                    for (int n = 0; n < rows; n++)
                        for (int k = 0; k < 3; k++)
                            p[n, k] /= z;
                    return p;
                }
            }
            """);
        Assert.Equal("site p[n, k] /= z | dims {p.r1,utility.r0} | sum z {p.r1,utility.r0} | max top {p.r1} | max top {p.r1} | exps 3\n", models["Reference"]);
        Assert.Equal("site p[n, k] /= z | dims {p.r1,u.r0} | sum z {p.r1,u.r0} | max g {p.r1,u.r0} | max g {p.r1,u.r0} | max g {p.r1,u.r0} | exps 3\n", models["RunningPeak"]);
    }

    [Fact]
    public void WrittenOutSumOfOneRow_FoldsTheUnrolledAxisOnly()
    {
        var models = ModelDescriptions.Of(Usings + """
            static class C {
                static double[,] F(double[,] u) {
                    int rows = u.GetLength(0);
                    var p = new double[rows, 3];
                    for (int n = 0; n < rows; n++) {
                        double top = Math.Max(u[n, 2], Math.Max(u[n, 0], u[n, 1]));
                        p[n, 0] = Math.Exp(u[n, 0] - top);
                        p[n, 1] = Math.Exp(u[n, 1] - top);
                        p[n, 2] = Math.Exp(u[n, 2] - top);
                        double z = p[n, 0] + p[n, 1] + p[n, 2];
                        for (int k = 0; k < 3; k++) p[n, k] /= z;
                    }
                    return p;
                }
            }
            """);
        Assert.Equal("site p[n, k] /= z | dims {p.r1,u.r0} | sum p[n,0] + p[n,1] + p[n,2] {p.r1} | max top {p.r1} | max top {p.r1} | max top {p.r1} | exps 3\n", models["F"]);
    }

    [Theory]
    // Never reset per row: LG0002 at the fold (the maximum is per row, the sum over every row).
    [InlineData("", "z += p[n, 0] + p[n, 1] + p[n, 2];", "for (int n = 0; n < rows; n++) for (int k = 0; k < 3; k++) p[n, k] /= z;", "LG0002@12")]
    [InlineData("", "double row = p[n, 0] + p[n, 1] + p[n, 2]; z += row;", "for (int n = 0; n < rows; n++) for (int k = 0; k < 3; k++) p[n, k] /= z;", "LG0002@12")]
    [InlineData("", "z = z + (p[n, 0] + p[n, 1] + p[n, 2]);", "for (int n = 0; n < rows; n++) for (int k = 0; k < 3; k++) p[n, k] = p[n, k] / z;", "LG0002@12")]
    // Reset per row and divided in the row: correct.
    [InlineData("z = 0;", "z += p[n, 0] + p[n, 1] + p[n, 2]; for (int k = 0; k < 3; k++) p[n, k] /= z;", "", "")]
    [InlineData("", "double w = p[n, 0] + p[n, 1] + p[n, 2]; for (int k = 0; k < 3; k++) p[n, k] /= w;", "", "")]
    public async Task UnrolledRowSoftmax_IsLG0002OnlyWhenTheSumIsNeverReset(string reset, string fold, string after, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static double[,] F(double[,] utility) {
                    int rows = utility.GetLength(0);
                    var p = new double[rows, 3];
                    double z = 0;
                    for (int n = 0; n < rows; n++) {
                        {{reset}}
                        double prepay = utility[n, 0], @default = utility[n, 1];
                        double top = Math.Max(0.0, Math.Max(prepay, @default));
                        p[n, 0] = Math.Exp(-top); p[n, 1] = Math.Exp(prepay - top); p[n, 2] = Math.Exp(@default - top);
                        {{fold}}
                    }
                    {{after}}
                    return p;
                }
            }
            """;
        Assert.Equal(expected, await Reported(source));
    }

    [Fact]
    public async Task RunningPeakOfTheUnrolledLogits_IsAWholeBufferSoftmax()
    {
        var source = Usings + """
            static class C {
                static double[,] F(double[,] u) {
                    int rows = u.GetLength(0);
                    var p = new double[rows, 3];
                    double g = double.NegativeInfinity;
                    for (int n = 0; n < rows; n++) g = Math.Max(g, Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2])));
                    double z = 0;
                    for (int n = 0; n < rows; n++) {
                        p[n, 0] = Math.Exp(u[n, 0] - g); p[n, 1] = Math.Exp(u[n, 1] - g); p[n, 2] = Math.Exp(u[n, 2] - g);
                        z += p[n, 0] + p[n, 1] + p[n, 2];
                    }
                    for (int n = 0; n < rows; n++) for (int k = 0; k < 3; k++) p[n, k] /= z;
                    return p;
                }
            }
            """;
        Assert.Equal("LG0008@11", await Reported(source));
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/> as <c>ID@line</c>, sorted, comma-separated.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
