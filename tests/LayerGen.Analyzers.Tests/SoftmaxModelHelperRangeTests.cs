using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on maxima folded by a static helper of the same type over a parameter-relative range
/// (<c>float m = ColumnMax(z, b, n, batch);</c>): a stride or bound named by a helper parameter is the argument passed
/// for it, so the call reads exactly as the same loop written inline.
/// </summary>
public class SoftmaxModelHelperRangeTests
{
    private const string Softmax =
        "float s = 0f; for (int i = b; i < n; i += batch) { a[i] = MathF.Exp(z[i] - m); s += a[i]; } for (int i = b; i < n; i += batch) a[i] /= s;";

    [Fact]
    public void StridedColumnMaxInAHelper_IsTheColumnMax_LikeInline()
    {
        var models = DescribeMethods($$"""
            static void Inline(float[] z, float[] a, int classes, int batch) {
                int n = classes * batch;
                for (int b = 0; b < batch; b++) { float m = float.MinValue; for (int i = b; i < n; i += batch) m = MathF.Max(m, z[i]); {{Softmax}} }
            }
            static void Helper(float[] z, float[] a, int classes, int batch) {
                int n = classes * batch;
                for (int b = 0; b < batch; b++) { float m = ColumnMax(z, b, n, batch); {{Softmax}} }
            }
            static float ColumnMax(float[] v, int start, int end, int step) {
                float m = float.MinValue; for (int i = start; i < end; i += step) m = MathF.Max(m, v[i]); return m;
            }
            """);
        Assert.Contains("| max m {z.s:batch} |", models["Inline"], StringComparison.Ordinal);
        Assert.Equal(models["Inline"], models["Helper"]);
    }

    [Fact]
    public void HelperWalkingEveryColumn_SpansTheBatch()
    {
        var models = DescribeMethods($$"""
            static void Helper(float[] z, float[] a, int classes, int batch) {
                int n = classes * batch;
                float m = AllMax(z, n, batch);
                for (int b = 0; b < batch; b++) { {{Softmax}} }
            }
            static float AllMax(float[] v, int end, int step) {
                float m = float.MinValue; for (int b = 0; b < step; b++) for (int i = b; i < end; i += step) m = MathF.Max(m, v[i]); return m;
            }
            """);
        Assert.True(models["Helper"].Contains("| max m {z.s:1,z.s:batch} |", StringComparison.Ordinal), models["Helper"]);
    }

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{methods}}
        }
        """);
}
