using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on helpers declared inside the analysed method: a local function and a lambda bound once to a
/// delegate local are summarised like a same-type method (a model of their body in terms of their parameters), so the
/// same helper gives the same model whichever of the three it is written as: the axes its element writes link, the sum
/// of the exps it stores, the maximum it returns.
/// </summary>
public class SoftmaxModelLocalHelperTests
{
    // Column-major [classes, samples]: one softmax per column s; the helper fills column s of a with exps of z - m.
    private const string FillBody = "{ double sum = 0; for (int k = 0; k < classes; k++) { a[k, s] = Math.Exp(z[k, s] - m); sum += a[k, s]; } return sum; }";

    private const string BatchMax = "double max = double.NegativeInfinity; for (int k = 0; k < z.GetLength(0); k++) for (int t = 0; t < z.GetLength(1); t++) max = Math.Max(max, z[k, t]);";

    private const string ColumnLoop = "for (int s = 0; s < z.GetLength(1); s++) { double sum = FILL(z.GetLength(0), a, s, z, SHIFT); for (int k = 0; k < z.GetLength(0); k++) a[k, s] /= sum; }";

    private const string Expected = "site a[k, s] /= sum | dims {z.r0,z.r1} | sum sum {z.r0} | max max {z.r0,z.r1} | exps 1\n";

    [Fact]
    public void FillingHelper_GivesTheSameModel_AsNamedMethod_LocalFunction_AndLambda()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                public static void Named(double[,] z, double[,] a) { {{BatchMax}} {{Loop("Fill", "max")}} }
                static double Fill(int classes, double[,] a, int s, double[,] z, double m) {{FillBody}}

                public static void Local(double[,] z, double[,] a) {
                    {{BatchMax}} {{Loop("Fill", "max")}}
                    static double Fill(int classes, double[,] a, int s, double[,] z, double m) {{FillBody}}
                }

                public static void Lambda(double[,] z, double[,] a) {
                    Func<int, double[,], int, double[,], double, double> fill = (classes, a, s, z, m) => {{FillBody}};
                    {{BatchMax}} {{Loop("fill", "max")}}
                }

                public static void LambdaInvoke(double[,] z, double[,] a) {
                    Func<int, double[,], int, double[,], double, double> fill = (classes, a, s, z, m) => {{FillBody}};
                    {{BatchMax}} {{Loop("fill.Invoke", "max")}}
                }
            }
            """);
        Assert.Equal(Expected, models["Named"]);
        Assert.Equal(Expected, models["Local"]);
        Assert.Equal(Expected, models["Lambda"]);
        Assert.Equal(Expected, models["LambdaInvoke"]);
    }

    [Fact]
    public void MaxReturnedByALambda_SpansWhatItsBodyFolds()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                public static void Batch(float[,] x, float[,] y) {
                    Func<float[,], float> peak = b => { float m = float.NegativeInfinity; for (int i = 0; i < b.GetLength(0); i++) for (int j = 0; j < b.GetLength(1); j++) m = MathF.Max(m, b[i, j]); return m; };
                    {{Rows("peak(x)")}}
                }
                public static void PerRow(float[,] x, float[,] y) {
                    Func<float[,], int, float> rowPeak = (b, i) => { float m = float.NegativeInfinity; for (int j = 0; j < b.GetLength(1); j++) m = MathF.Max(m, b[i, j]); return m; };
                    {{Rows("rowPeak(x, i)")}}
                }
            }
            """);
        Assert.Contains("| max shift {x.r0,x.r1} |", models["Batch"], StringComparison.Ordinal);
        Assert.Contains("| max shift {x.r1} |", models["PerRow"], StringComparison.Ordinal);
    }

    private static string Rows(string shift) =>
        "for (int i = 0; i < x.GetLength(0); i++) { float shift = " + shift + "; float s = 0f; for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - shift); s += y[i, j]; } for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= s; }";

    private static string Loop(string fill, string shift) => ColumnLoop.Replace("FILL", fill, StringComparison.Ordinal).Replace("SHIFT", shift, StringComparison.Ordinal);
}
