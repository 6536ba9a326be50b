using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on what a walk covers: a buffer allocated afresh in a loop's body has no dimension picked by that
/// loop; chunks of one axis clamped to its end are that axis; a block walk folds only the strides the method's accesses
/// step by, also from a seeded start; a ref local aliasing an element is that element; a vector load stepped to the end
/// of the whole buffer walks all of it. Each shape is compared with the same computation written plainly.
/// </summary>
public class SoftmaxModelWalkScopeTests
{
    private const string RowSoftmaxOfP = "double s = 0; for (int c = 0; c < z.Length; c++) { p[c] = Math.Exp(z[c] - m); s += p[c]; } for (int c = 0; c < z.Length; c++) p[c] /= s;";

    [Fact]
    public void BufferAllocatedPerRow_GatheredAtAComputedIndex_StaysOneRow()
    {
        var models = DescribeMethods($$"""
            static double Plain(double[][] x, int[] t) { double l = 0; for (int n = 0; n < x.Length; n++) { var z = x[n]; double m = double.MinValue; foreach (var v in z) m = Math.Max(m, v); var p = new double[z.Length]; {{RowSoftmaxOfP}} } return l; }
            static double Gathered(double[][] x, int[] t) { double l = 0; for (int n = 0; n < x.Length; n++) { var z = x[n]; double m = double.MinValue; foreach (var v in z) m = Math.Max(m, v); var p = new double[z.Length]; {{RowSoftmaxOfP}} l += p[t[n]]; } return l; }
            static double Reallocated(double[][] x, int[] t) { double l = 0; double[] p; for (int n = 0; n < x.Length; n++) { var z = x[n]; double m = double.MinValue; foreach (var v in z) m = Math.Max(m, v); p = new double[z.Length]; {{RowSoftmaxOfP}} l += p[t[n]]; } return l; }
            """);
        Assert.Contains("| dims {x.d0,x.d1} | sum s {x.d1} | max m {x.d1} |", models["Plain"], StringComparison.Ordinal);
        Assert.Equal(models["Plain"], models["Gathered"]);
        Assert.Equal(models["Plain"], models["Reallocated"]);
    }

    [Theory]
    [InlineData("int end = Math.Min(start + chunk, x.Length); for (int i = start; i < end; i++) m = Math.Max(m, x[i]);")]
    [InlineData("for (int i = start; i < start + chunk && i < x.Length; i++) m = Math.Max(m, x[i]);")]
    [InlineData("int len = Math.Min(chunk, x.Length - start); for (int j = 0; j < len; j++) m = Math.Max(m, x[start + j]);")]
    public void ChunksClampedToTheEnd_AreTheOneAxis(string chunkMax)
    {
        var models = DescribeMethods($$"""
            static void Plain(double[] x, double[] y) { double m = double.MinValue; for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]); {{Normalise}} }
            static void Chunked(double[] x, double[] y, int chunk) { double m = double.MinValue; for (int start = 0; start < x.Length; start += chunk) { {{chunkMax}} } {{Normalise}} }
            """);
        // x and y are one axis class; which of them names it depends on the order the model met them.
        var plain = models["Plain"].Replace("y.s:", "x.s:", StringComparison.Ordinal);
        Assert.Contains("| dims {x.s:1} | sum s {x.s:1} | max m {x.s:1} |", plain, StringComparison.Ordinal);
        Assert.Equal(plain, models["Chunked"].Replace("y.s:", "x.s:", StringComparison.Ordinal));
    }

    [Fact]
    public void ChunksOfRowsWithoutAClamp_StayRows()
    {
        // start += cols with i < start + cols: rows of a second dimension (nothing says the chunk does not divide the axis).
        var model = DescribeMethods($$"""
            static void Rows(double[] x, double[] y, int cols) { double m = double.MinValue; for (int start = 0; start < x.Length; start += cols) for (int i = start; i < start + cols; i++) m = Math.Max(m, x[i]); {{Normalise}} }
            """)["Rows"];
        Assert.Contains("x.s:cols", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("float peak = h[k * plane]; for (int p = 1; p < plane; p++) peak = MathF.Max(peak, h[k * plane + p]);")]
    [InlineData("float peak = float.MinValue; for (int p = 0; p < plane; p++) peak = MathF.Max(peak, h[k * plane + p]);")]
    public void PlaneWalkPickedByTheJointLoop_FromAnyConstantStart_IsOneAxis(string planeMax)
    {
        var model = DescribeMethods($$"""
            static void F(float[] h, float[] q, int joints, int height, int width) {
                int plane = height * width;
                for (int k = 0; k < joints; k++) { {{planeMax}}
                    float s = 0; for (int p = 0; p < plane; p++) { q[k * plane + p] = MathF.Exp(h[k * plane + p] - peak); s += q[k * plane + p]; }
                    float ex = 0; for (int p = 0; p < plane; p++) { q[k * plane + p] /= s; ex += q[k * plane + p] * (p % width); } }
            }
            """)["F"];
        Assert.Contains("| sum s {h.s:1} | max peak {h.s:1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWalkOverClassesAndFrames_FoldsTheClassStrideTheSoftmaxSteps()
    {
        var model = DescribeMethods("""
            static void F(float[] x, float[] y, int n, int classes, int frames) {
                for (int b = 0; b < n; b++) { int first = b * classes * frames; float m = x[first];
                    for (int i = first + 1; i < first + classes * frames; i++) m = MathF.Max(m, x[i]);
                    for (int l = 0; l < frames; l++) { float s = 0; for (int c = 0; c < classes; c++) s += MathF.Exp(x[first + c * frames + l] - m);
                        for (int c = 0; c < classes; c++) y[first + c * frames + l] = MathF.Exp(x[first + c * frames + l] - m) / s; } }
            }
            """)["F"];
        Assert.Contains("| sum s {x.s:frames} | max m {x.s:1,x.s:frames} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void RefLocalAliasingAnElement_FoldsLikeTheElement()
    {
        var models = DescribeMethods($$"""
            static void Element(float[] x, float[] y, int f, int k) { var peaks = new float[k]; for (int j = 0; j < k; j++) { peaks[j] = float.MinValue; for (int t = 0; t < f; t++) peaks[j] = MathF.Max(peaks[j], x[t * k + j]); } {{Frames}} }
            static void Alias(float[] x, float[] y, int f, int k) { var peaks = new float[k]; for (int j = 0; j < k; j++) { ref float peak = ref peaks[j]; peak = float.MinValue; for (int t = 0; t < f; t++) peak = MathF.Max(peak, x[t * k + j]); } {{Frames}} }
            """);
        Assert.Contains("| max peaks {x.s:k} |", models["Element"], StringComparison.Ordinal);
        Assert.Equal(models["Element"], models["Alias"]);
    }

    [Theory]
    [InlineData("for (int o = 0; o < x.Length; o += Vector<float>.Count) v = Vector.Max(v, new Vector<float>(x, o));")]
    [InlineData("for (int o = 0; o < x.Length; o += Vector<float>.Count) v = Vector.Max(v, new Vector<float>(x.AsSpan(o)));")]
    [InlineData("for (int o = 0; o < x.Length; o += Vector<float>.Count) v = Vector.Max(v, Vector.LoadUnsafe(ref x[o]));")]
    [InlineData("for (int o = 0; o <= x.Length - Vector<float>.Count; o += Vector<float>.Count) v = Vector.Max(v, new Vector<float>(x, o));")]
    public void VectorLoadSteppedToTheBufferEnd_WalksTheWholeBuffer(string vectorLoop)
    {
        var models = DescribeMethods($$"""
            static void Scalar(float[] x, float[] y, int rows, int cols) { float m = float.MinValue; for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]); {{Rows}} }
            static void Lanes(float[] x, float[] y, int rows, int cols) { var v = new Vector<float>(float.MinValue); {{vectorLoop}} float m = float.MinValue; for (int k = 0; k < Vector<float>.Count; k++) m = MathF.Max(m, v[k]); {{Rows}} }
            """);
        Assert.Contains("| max m {x.s:1,x.s:cols} |", models["Scalar"], StringComparison.Ordinal);
        Assert.Contains("| max m {x.s:1,x.s:cols} |", models["Lanes"], StringComparison.Ordinal);
    }

    private const string Normalise = "double s = 0; for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - m); for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - m) / s;";

    private const string Frames = "for (int t = 0; t < f; t++) { float z = 0; for (int j = 0; j < k; j++) { y[t * k + j] = MathF.Exp(x[t * k + j] - peaks[j]); z += y[t * k + j]; } for (int j = 0; j < k; j++) y[t * k + j] /= z; }";

    private const string Rows = "for (int r = 0; r < rows; r++) { float s = 0; for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - m); s += y[r * cols + c]; } for (int c = 0; c < cols; c++) y[r * cols + c] /= s; }";

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        using System.Numerics;
        static class C {
        {{methods}}
        }
        """);
}
