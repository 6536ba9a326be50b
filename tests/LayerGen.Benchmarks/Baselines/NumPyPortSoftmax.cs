namespace LayerGen.Benchmarks.Baselines;

/// <summary>
/// A plain C# port of the textbook NumPy softmax layer ("deep learning from scratch" style):
/// <c>y = exp(x - x.max(axis=1, keepdims=True)); y /= y.sum(axis=1, keepdims=True)</c> and the matching
/// backward <c>dx = y * dy; dx -= y * dx.sum(axis=1, keepdims=True)</c>.
/// Written the way a NumPy user would first write it in C#: scalar loops per row, <see cref="MathF.Exp"/>,
/// no SIMD, no allocation.
/// </summary>
public static class NumPyPortSoftmax
{
    /// <summary>Row-wise softmax of a row-major batch with <paramref name="cols"/> columns.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int cols)
    {
        int rows = x.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> xr = x.Slice(r * cols, cols);
            Span<float> yr = y.Slice(r * cols, cols);

            float max = xr[0];
            for (int j = 1; j < cols; j++)
            {
                if (xr[j] > max)
                {
                    max = xr[j];
                }
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                yr[j] = MathF.Exp(xr[j] - max);
                sum += yr[j];
            }

            for (int j = 0; j < cols; j++)
            {
                yr[j] /= sum;
            }
        }
    }

    /// <summary>Softmax gradient <c>dx = y * dy - y * sum(y * dy)</c> per row.</summary>
    public static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int cols)
    {
        int rows = y.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> yr = y.Slice(r * cols, cols);
            ReadOnlySpan<float> dyr = dy.Slice(r * cols, cols);
            Span<float> dxr = dx.Slice(r * cols, cols);

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                dxr[j] = yr[j] * dyr[j];
                sum += dxr[j];
            }

            for (int j = 0; j < cols; j++)
            {
                dxr[j] -= yr[j] * sum;
            }
        }
    }
}
