using LayerGen.Benchmarks.Baselines;

namespace LayerGen.Benchmarks;

/// <summary>A batch softmax forward: row-major <paramref name="x"/> to <paramref name="y"/>.</summary>
public delegate void ForwardKernel(ReadOnlySpan<float> x, Span<float> y, int cols);

/// <summary>A batch softmax gradient from probabilities <paramref name="y"/> and upstream <paramref name="dy"/>.</summary>
public delegate void BackwardKernel(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int cols);

/// <summary>
/// Every benchmarked implementation by name, for the self-check. The names are the benchmark method names
/// without their <c>Forward_</c>/<c>Backward_</c> prefix; the report writer uses the same names.
/// </summary>
public static class Implementations
{
    private static readonly SoftmaxKernel[] GeneratedVariants =
        [SoftmaxKernel.Scalar, SoftmaxKernel.Unrolled, SoftmaxKernel.Vector256, SoftmaxKernel.Runtime, SoftmaxKernel.Auto];

    /// <summary>Forward implementations available for rows of <paramref name="cols"/>.</summary>
    public static IReadOnlyList<(string Name, ForwardKernel Kernel)> Forward(int cols)
    {
        var list = new List<(string, ForwardKernel)>();
        list.Add(("Runtime", LayerGen.Softmax.Forward));
        list.Add(("TensorPrimitives", TensorPrimitivesSoftmax.Forward));
        list.Add(("NumPyPort", NumPyPortSoftmax.Forward));
        foreach (SoftmaxKernel variant in GeneratedVariants)
        {
            if (GeneratedLayerFactory.Create(variant, cols) is { } layer)
            {
                list.Add(("Generated" + variant, (x, y, _) => layer.Forward(x, y)));
            }
        }

        return list;
    }

    /// <summary>Backward implementations available for rows of <paramref name="cols"/>.</summary>
    public static IReadOnlyList<(string Name, BackwardKernel Kernel)> Backward(int cols)
    {
        var list = new List<(string, BackwardKernel)>();
        list.Add(("Runtime", LayerGen.Softmax.Backward));
        list.Add(("NumPyPort", NumPyPortSoftmax.Backward));
        list.Add(("JacobianLoopVector256", JacobianLoopSoftmaxGradient.Backward));
        foreach (SoftmaxKernel variant in GeneratedVariants)
        {
            if (GeneratedLayerFactory.Create(variant, cols) is { } layer)
            {
                list.Add(("Generated" + variant, (y, dy, dx, _) => layer.Backward(y, dy, dx)));
            }
        }

        return list;
    }
}
