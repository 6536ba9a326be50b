namespace LayerGen.Benchmarks.Gemm;

/// <summary>Checks the three products of a shape against a double-precision loop on a few sampled entries before timing.</summary>
public static class GemmCheck
{
    /// <summary>Throws when a sampled entry of x·W + b, xᵀ·dy or dy·Wᵀ differs from the double loop by more than 1e-4 relative.</summary>
    public static void RunOrThrow(int m, int k, int n)
    {
        float[] x = BenchmarkData.Normal(m * k, seed: 11), w = BenchmarkData.Normal(k * n, seed: 12);
        float[] b = BenchmarkData.Normal(n, seed: 13), dy = BenchmarkData.Normal(m * n, seed: 14);
        var y = new float[m * n];
        var dx = new float[m * k];
        var dw = new float[k * n];
        Affine.Forward(x, w, b, y, k, n);
        LayerGen.Gemm.MultiplyTransposedLeft<float>(x, dy, dw, m, k, n, SimdPaths.Best);
        LayerGen.Gemm.MultiplyTransposedRight<float>(dy, w, dx, m, n, k, GemmEpilogue.None, default, SimdPaths.Best);
        var random = new Random(5);
        for (int sample = 0; sample < 64; sample++)
        {
            int i = random.Next(m), j = random.Next(n), p = random.Next(k);
            double expectedY = b[j], expectedDw = 0, expectedDx = 0, scaleY = Math.Abs(b[j]), scaleDw = 0, scaleDx = 0;
            for (int q = 0; q < k; q++)
            {
                expectedY += (double)x[(i * k) + q] * w[(q * n) + j];
                scaleY += Math.Abs((double)x[(i * k) + q] * w[(q * n) + j]);
            }

            for (int r = 0; r < m; r++)
            {
                expectedDw += (double)x[(r * k) + p] * dy[(r * n) + j];
                scaleDw += Math.Abs((double)x[(r * k) + p] * dy[(r * n) + j]);
            }

            for (int q = 0; q < n; q++)
            {
                expectedDx += (double)dy[(i * n) + q] * w[(p * n) + q];
                scaleDx += Math.Abs((double)dy[(i * n) + q] * w[(p * n) + q]);
            }

            Check("x·W + b", y[(i * n) + j], expectedY, scaleY);
            Check("xᵀ·dy", dw[(p * n) + j], expectedDw, scaleDw);
            Check("dy·Wᵀ", dx[(i * k) + p], expectedDx, scaleDx);
        }
    }

    private static void Check(string product, float actual, double expected, double scale)
    {
        if (Math.Abs(actual - expected) > 1e-5 * Math.Max(1, scale))
        {
            throw new InvalidOperationException($"{product}: got {actual}, expected {expected} (sum of |terms| {scale}).");
        }
    }
}
