using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>
/// The instruction width a kernel runs with. Public kernels use <see cref="SimdPaths.Best"/>;
/// tests call the internal overloads with every path and compare against <see cref="Scalar"/>.
/// </summary>
internal enum SimdPath
{
    /// <summary>Plain scalar loops: the reference every vector path is tested against.</summary>
    Scalar = 0,

    /// <summary><see cref="Vector128{T}"/> (SSE / AdvSimd).</summary>
    Vector128 = 128,

    /// <summary><see cref="Vector256{T}"/> (AVX2 + FMA).</summary>
    Vector256 = 256,

    /// <summary><see cref="Vector512{T}"/> (AVX-512).</summary>
    Vector512 = 512,
}

/// <summary>Which <see cref="SimdPath"/> values this machine accelerates.</summary>
internal static class SimdPaths
{
    /// <summary>The widest accelerated path; the one public kernels use.</summary>
    public static readonly SimdPath Best =
        Vector512.IsHardwareAccelerated ? SimdPath.Vector512
        : Vector256.IsHardwareAccelerated ? SimdPath.Vector256
        : Vector128.IsHardwareAccelerated ? SimdPath.Vector128
        : SimdPath.Scalar;

    /// <summary>
    /// The path for memory-bound kernels without exp (softmax backward): <see cref="Best"/> capped at <see cref="SimdPath.Vector256"/>.
    /// Measured on the development machine (AMD EPYC, AVX-512): the Vector512 softmax backward was about 1.4–1.8× slower than
    /// Vector256 at 64 and 1024 columns, as unaligned 64-byte loads split cache lines on every access.
    /// </summary>
    public static readonly SimdPath BestMemoryBound = Best == SimdPath.Vector512 ? SimdPath.Vector256 : Best;

    /// <summary>True when <paramref name="path"/> runs in hardware here (the scalar path always does).</summary>
    public static bool IsAccelerated(SimdPath path) => path switch
    {
        SimdPath.Scalar => true,
        SimdPath.Vector128 => Vector128.IsHardwareAccelerated,
        SimdPath.Vector256 => Vector256.IsHardwareAccelerated,
        SimdPath.Vector512 => Vector512.IsHardwareAccelerated,
        _ => false,
    };
}
