using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on where a shift comes from and whose statistics a variable holds: a maximum scaled by the factor
/// that scales the logits (positive or not), a maximum of other data (another buffer, another member of the same
/// records), tuple and struct statistics per variable, and exps whose argument is the same for every element. Each
/// case is checked beside a twin that differs only in the point tested.
/// </summary>
public class SoftmaxModelShiftsAndInstancesTests
{
    private const string Normalise = "double s = 0; for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(EXP); s += p[i]; } for (int i = 0; i < x.Length; i++) p[i] /= s;";

    [Theory]
    [InlineData("double best = x.Max() / t;", "x[i] / t - best", true)]
    [InlineData("double best = x.Max() * t;", "x[i] * t - best", true)]
    [InlineData("double best = t * x.Max();", "t * x[i] - best", true)]
    [InlineData("double best = x.Max() * 0.5;", "x[i] * 0.5 - best", true)]
    [InlineData("double best = x.Max() * -0.5;", "x[i] * -0.5 - best", false)]
    [InlineData("double n = -t; double best = x.Max() / n;", "x[i] / n - best", false)]
    [InlineData("double best = x.Max() / t;", "x[i] * t - best", false)]
    [InlineData("double best = x.Max();", "x[i] - best", true)]
    [InlineData("double best = y.Max();", "x[i] - best", false)]
    [InlineData("double[] c = (double[])x.Clone(); double best = c.Max();", "x[i] - best", true)]
    public void Shift_IsAMaximumOfTheExponentiatedValues_OnlyForThemOrAPositiveScaleOfThem(string shift, string exponent, bool isMaximum)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            using System.Linq;
            static class C {
                static void M(double[] x, double[] y, double[] p, double t) { {{shift}} {{Normalise.Replace("EXP", exponent, StringComparison.Ordinal)}} }
            }
            """, "M");
        var site = Assert.Single(model.Sites);
        Assert.Equal(isMaximum, model.IsShiftedByAMaximum(Assert.Single(site.Exps)));
    }

    [Theory]
    [InlineData("Prior", "Score", false)]
    [InlineData("Score", "Score", true)]
    public void MaximumOfARecordMember_ShiftsThatMemberOnly(string maxMember, string expMember, bool isMaximum)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            struct R { public double Score; public double Prior; public double P; }
            static class C {
                static void M(R[] r) {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < r.Length; i++) m = Math.Max(m, r[i].{{maxMember}});
                    double s = 0;
                    for (int i = 0; i < r.Length; i++) { r[i].P = Math.Exp(r[i].{{expMember}} - m); s += r[i].P; }
                    for (int i = 0; i < r.Length; i++) r[i].P /= s;
                }
            }
            """, "M");
        var site = Assert.Single(model.Sites);
        Assert.Equal(isMaximum, model.IsShiftedByAMaximum(Assert.Single(site.Exps)));
    }

    private const string Tuple = "(double Max, double Sum) st = (double.NegativeInfinity, 0.0);";

    [Theory]
    [InlineData("", Tuple, "", false)]
    [InlineData(Tuple, "", "st = (double.NegativeInfinity, 0.0);", false)]
    [InlineData(Tuple, "", "st = (x[r, 0], st.Sum);", true)]
    public void TupleState_IsResetPerRowOnlyWhenItsSumIsWrittenPerRow(string beforeRows, string perRow, string rowStart, bool sumSpansRows)
    {
        var description = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void M(double[,] x, double[,] y) {
                    {{beforeRows}}
                    for (int r = 0; r < x.GetLength(0); r++) {
                        {{perRow}}
                        {{rowStart}}
                        for (int c = 0; c < x.GetLength(1); c++) {
                            double v = x[r, c];
                            st = v > st.Max ? (v, st.Sum * Math.Exp(st.Max - v) + 1.0) : (st.Max, st.Sum + Math.Exp(v - st.Max));
                        }
                        for (int c = 0; c < x.GetLength(1); c++) y[r, c] = Math.Exp(x[r, c] - st.Max) / st.Sum;
                    }
                }
            }
            """)["M"];
        Assert.Contains("sum Sum", description, StringComparison.Ordinal);
        Assert.Equal(sumSpansRows, description.Contains("sum Sum {x.r0,x.r1}", StringComparison.Ordinal));
    }

    [Fact]
    public void ScratchStructReset_DoesNotResetTheSumFoldedThroughAnotherVariable()
    {
        var description = ModelDescriptions.Of("""
            using System;
            struct S { public double Max; public double Sum; }
            static class C {
                static void M(double[,] x, double[,] y, double[] n) {
                    S s = new S { Max = double.NegativeInfinity, Sum = 0 };
                    for (int r = 0; r < x.GetLength(0); r++) {
                        S scratch = default;
                        scratch.Sum = r;
                        s.Max = double.NegativeInfinity;
                        for (int c = 0; c < x.GetLength(1); c++) s.Max = Math.Max(s.Max, x[r, c]);
                        for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - s.Max); s.Sum += y[r, c]; }
                        for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= s.Sum;
                        n[r] = scratch.Sum;
                    }
                }
            }
            """)["M"];
        Assert.Contains("sum Sum {x.r0,x.r1}", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Math.Exp(-alpha)", false)]
    [InlineData("Math.Exp(w[i] * alpha)", true)]
    public void ExpOfAValueComputedOutsideTheLoop_IsAReweighting_NotASoftmax(string factor, bool isSite)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            static class C {
                static void M(double[] w, bool[] wrong) {
                    double error = 0;
                    for (int i = 0; i < w.Length; i++) if (wrong[i]) error += w[i];
                    double alpha = 0.5 * Math.Log((1 - error) / error);
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++) { w[i] *= {{factor}}; sum += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= sum;
                }
            }
            """, "M");
        Assert.Equal(isSite, model.Sites.Count > 0);
    }
}
