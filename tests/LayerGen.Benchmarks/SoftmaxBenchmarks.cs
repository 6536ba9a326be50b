using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using LayerGen.Benchmarks.Baselines;

namespace LayerGen.Benchmarks;

/// <summary>
/// Softmax forward and backward over one float batch shape, single thread, every implementation in one class so
/// their ratios come from one run. Method names are <c>{Direction}_{Implementation}</c>; the report writer relies on it.
/// The global setup checks every implementation against a double reference before anything is timed.
/// </summary>
[MemoryDiagnoser]
public abstract class SoftmaxBenchmarks
{
    private BenchmarkData _data = null!;
    private float[] _output = null!;
    private IFixedSizeSoftmax _generatedScalar = null!;
    private IFixedSizeSoftmax _generatedVector256 = null!;
    private IFixedSizeSoftmax _generatedRuntime = null!;
    private IFixedSizeSoftmax _generatedAuto = null!;

    /// <summary>Rows of the batch.</summary>
    protected abstract int Rows { get; }

    /// <summary>Columns of the batch (the softmax size).</summary>
    protected abstract int Cols { get; }

    /// <summary>Logits of the batch.</summary>
    protected float[] Logits => _data.Logits;

    /// <summary>softmax(Logits): the input of the backward benchmarks.</summary>
    protected float[] Probabilities => _data.Probabilities;

    /// <summary>Upstream gradient of the backward benchmarks.</summary>
    protected float[] Gradient => _data.Gradient;

    /// <summary>Destination of every benchmark (y or dx).</summary>
    protected float[] Output => _output;

    /// <summary>Creates the data and layers, and checks every implementation once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.For(Rows, Cols);
        _output = new float[Rows * Cols];
        _generatedScalar = Layer(SoftmaxKernel.Scalar);
        _generatedVector256 = Layer(SoftmaxKernel.Vector256);
        _generatedRuntime = Layer(SoftmaxKernel.Runtime);
        _generatedAuto = Layer(SoftmaxKernel.Auto);
        CreateShapeSpecificLayers();
        SelfCheck.RunOrThrow(_data);
    }

    /// <summary>Creates layers that exist for one shape only.</summary>
    protected virtual void CreateShapeSpecificLayers()
    {
    }

    /// <summary>The generated layer of <paramref name="kernel"/> for this shape's size.</summary>
    protected IFixedSizeSoftmax Layer(SoftmaxKernel kernel) =>
        GeneratedLayerFactory.Create(kernel, Cols) ?? throw new InvalidOperationException($"No generated {kernel} layer of size {Cols}.");

    /// <summary>Lower bound from memory traffic: copying the logits to the destination (what any forward must read and write).</summary>
    [Benchmark, BenchmarkCategory("Bound")]
    public void Bound_Copy() => MemoryBound.Copy(_data.Logits, _output);

    /// <summary>Lower bound from memory traffic for a backward: dx = y ⊙ dy (reads two arrays, writes one).</summary>
    [Benchmark, BenchmarkCategory("Bound")]
    public void Bound_Multiply() => MemoryBound.Multiply(_data.Probabilities, _data.Gradient, _output);

    /// <summary>Lower bound from exp throughput: the BCL's vectorised exp over the whole batch, no reductions.</summary>
    [Benchmark, BenchmarkCategory("Bound")]
    public void Bound_Exp() => TensorPrimitives.Exp(_data.Logits, _output);

    /// <summary>LayerGen runtime kernel.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_Runtime() => LayerGen.Softmax.Forward(_data.Logits, _output, Cols);

    /// <summary><c>TensorPrimitives.SoftMax</c> once per row.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_TensorPrimitives() => TensorPrimitivesSoftmax.Forward(_data.Logits, _output, Cols);

    /// <summary>Plain C# port of the textbook NumPy softmax.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_NumPyPort() => NumPyPortSoftmax.Forward(_data.Logits, _output, Cols);

    /// <summary>Generated layer, scalar loops.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_GeneratedScalar() => _generatedScalar.Forward(_data.Logits, _output);

    /// <summary>Generated layer, Vector256.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_GeneratedVector256() => _generatedVector256.Forward(_data.Logits, _output);

    /// <summary>Generated layer calling the runtime kernel.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_GeneratedRuntime() => _generatedRuntime.Forward(_data.Logits, _output);

    /// <summary>Generated layer, automatic kernel choice.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_GeneratedAuto() => _generatedAuto.Forward(_data.Logits, _output);

    /// <summary>LayerGen runtime kernel.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_Runtime() => LayerGen.Softmax.Backward(_data.Probabilities, _data.Gradient, _output, Cols);

    /// <summary>Plain C# port of the textbook NumPy softmax backward.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_NumPyPort() => NumPyPortSoftmax.Backward(_data.Probabilities, _data.Gradient, _output, Cols);

    /// <summary>Vector256 port of the O(n²) AVX Jacobian loop.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_JacobianLoopVector256() => JacobianLoopSoftmaxGradient.Backward(_data.Probabilities, _data.Gradient, _output, Cols);

    /// <summary>Generated layer, scalar loops.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_GeneratedScalar() => _generatedScalar.Backward(_data.Probabilities, _data.Gradient, _output);

    /// <summary>Generated layer, Vector256.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_GeneratedVector256() => _generatedVector256.Backward(_data.Probabilities, _data.Gradient, _output);

    /// <summary>Generated layer calling the runtime kernel.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_GeneratedRuntime() => _generatedRuntime.Backward(_data.Probabilities, _data.Gradient, _output);

    /// <summary>Generated layer, automatic kernel choice.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_GeneratedAuto() => _generatedAuto.Backward(_data.Probabilities, _data.Gradient, _output);
}

/// <summary>100000 rows of 10: many tiny rows, where per-row overhead dominates.</summary>
public class Softmax100000x10 : SoftmaxBenchmarks
{
    private IFixedSizeSoftmax _generatedUnrolled = null!;

    /// <summary>Creates the unrolled layer (valid for sizes up to 16 only, so it exists for this shape alone).</summary>
    protected override void CreateShapeSpecificLayers() => _generatedUnrolled = Layer(SoftmaxKernel.Unrolled);

    /// <summary>Generated layer, fully unrolled.</summary>
    [Benchmark, BenchmarkCategory("Forward")]
    public void Forward_GeneratedUnrolled() => _generatedUnrolled.Forward(Logits, Output);

    /// <summary>Generated layer, fully unrolled.</summary>
    [Benchmark, BenchmarkCategory("Backward")]
    public void Backward_GeneratedUnrolled() => _generatedUnrolled.Backward(Probabilities, Gradient, Output);

    /// <inheritdoc/>
    protected override int Rows => 100_000;

    /// <inheritdoc/>
    protected override int Cols => 10;
}

/// <summary>20000 rows of 64.</summary>
public class Softmax20000x64 : SoftmaxBenchmarks
{
    /// <inheritdoc/>
    protected override int Rows => 20_000;

    /// <inheritdoc/>
    protected override int Cols => 64;
}

/// <summary>4096 rows of 1024: long rows, where exp throughput and memory bandwidth dominate.</summary>
public class Softmax4096x1024 : SoftmaxBenchmarks
{
    /// <inheritdoc/>
    protected override int Rows => 4096;

    /// <inheritdoc/>
    protected override int Cols => 1024;
}
