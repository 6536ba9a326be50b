using BenchmarkDotNet.Attributes;

namespace LayerGen.Benchmarks.Gemm;

/// <summary>
/// The three matrix products of a layer on dense float data, single thread, one shape per class so the report writer reads
/// the shape from the class name (<c>Gemm{m}x{k}x{n}</c>: x is m × k, W is k × n). Method names are
/// <c>{Product}_{Implementation}</c>: <c>Forward</c> = x·W + _b, <c>WeightGradient</c> = xᵀ·_dy, <c>InputGradient</c> = dy·Wᵀ,
/// and <c>Bound_FmaPeak</c> = the same number of fused multiply-adds from registers (the core's arithmetic peak).
/// </summary>
public abstract class GemmBenchmarks
{
    private float[] _x = null!, _w = null!, _b = null!, _y = null!, _dy = null!, _dx = null!, _dw = null!;

    /// <summary>Rows of x (the batch).</summary>
    protected abstract int M { get; }

    /// <summary>Inputs per row.</summary>
    protected abstract int K { get; }

    /// <summary>Outputs per row.</summary>
    protected abstract int N { get; }

    /// <summary>Creates standard normal operands (no zeros, so the zero-skipping path never runs) and checks the products once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _x = BenchmarkData.Normal(M * K, seed: 1);
        _w = BenchmarkData.Normal(K * N, seed: 2);
        _b = BenchmarkData.Normal(N, seed: 3);
        _dy = BenchmarkData.Normal(M * N, seed: 4);
        _y = new float[M * N];
        _dx = new float[M * K];
        _dw = new float[K * N];
        GemmCheck.RunOrThrow(M, K, N);
    }

    /// <summary>x·W + b through <see cref="Affine.Forward(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int, int)"/>.</summary>
    [Benchmark]
    public void Forward_Runtime() => Affine.Forward(_x, _w, _b, _y, K, N);

    /// <summary>xᵀ·dy: the weight gradient.</summary>
    [Benchmark]
    public void WeightGradient_Runtime() => LayerGen.Gemm.MultiplyTransposedLeft<float>(_x, _dy, _dw, M, K, N, SimdPaths.Best);

    /// <summary>dy·Wᵀ: the input gradient.</summary>
    [Benchmark]
    public void InputGradient_Runtime() => LayerGen.Gemm.MultiplyTransposedRight<float>(_dy, _w, _dx, M, N, K, GemmEpilogue.None, default, SimdPaths.Best);

    /// <summary>m·k·n multiply-adds (one product's arithmetic) issued from registers on the widest vector: the arithmetic floor.</summary>
    [Benchmark]
    public float Bound_FmaPeak() => FmaPeak.Run((long)M * K * N);
}

/// <summary>The first layer of the sample at batch 64.</summary>
public class Gemm64x784x256 : GemmBenchmarks
{
    /// <inheritdoc/>
    protected override int M => 64;

    /// <inheritdoc/>
    protected override int K => 784;

    /// <inheritdoc/>
    protected override int N => 256;
}

/// <summary>The second layer of the sample at batch 64.</summary>
public class Gemm64x256x128 : GemmBenchmarks
{
    /// <inheritdoc/>
    protected override int M => 64;

    /// <inheritdoc/>
    protected override int K => 256;

    /// <inheritdoc/>
    protected override int N => 128;
}

/// <summary>The first layer at batch 256.</summary>
public class Gemm256x784x256 : GemmBenchmarks
{
    /// <inheritdoc/>
    protected override int M => 256;

    /// <inheritdoc/>
    protected override int K => 784;

    /// <inheritdoc/>
    protected override int N => 256;
}

/// <summary>A large square product, where cache blocking matters.</summary>
public class Gemm1024x1024x1024 : GemmBenchmarks
{
    /// <inheritdoc/>
    protected override int M => 1024;

    /// <inheritdoc/>
    protected override int K => 1024;

    /// <inheritdoc/>
    protected override int N => 1024;
}
