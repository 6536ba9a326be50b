using System.Numerics;
using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>
/// Dispatches the optimizer updates to a vector width or the scalar reference. Arguments are already validated:
/// all spans have the same length (velocity may be empty when momentum is 0) and do not overlap.
/// </summary>
internal static class OptimizerKernels
{
    public static void Adam<T>(Span<T> p, ReadOnlySpan<T> g, Span<T> m, Span<T> v, in AdamCoefficients<T> c, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int done = path switch
        {
            SimdPath.Vector512 when Vector512.IsHardwareAccelerated => OptimizerVector<Vector512<T>, T, Simd512<T>>.Adam(p, g, m, v, in c),
            SimdPath.Vector256 when Vector256.IsHardwareAccelerated => OptimizerVector<Vector256<T>, T, Simd256<T>>.Adam(p, g, m, v, in c),
            SimdPath.Vector128 when Vector128.IsHardwareAccelerated => OptimizerVector<Vector128<T>, T, Simd128<T>>.Adam(p, g, m, v, in c),
            _ => 0,
        };
        AdamScalar(p[done..], g[done..], m[done..], v[done..], in c);
    }

    public static void Sgd<T>(Span<T> p, ReadOnlySpan<T> g, Span<T> velocity, T learningRate, T momentum, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int done = path switch
        {
            SimdPath.Vector512 when Vector512.IsHardwareAccelerated => OptimizerVector<Vector512<T>, T, Simd512<T>>.Sgd(p, g, velocity, learningRate, momentum),
            SimdPath.Vector256 when Vector256.IsHardwareAccelerated => OptimizerVector<Vector256<T>, T, Simd256<T>>.Sgd(p, g, velocity, learningRate, momentum),
            SimdPath.Vector128 when Vector128.IsHardwareAccelerated => OptimizerVector<Vector128<T>, T, Simd128<T>>.Sgd(p, g, velocity, learningRate, momentum),
            _ => 0,
        };
        SgdScalar(p[done..], g[done..], momentum == T.Zero ? default : velocity[done..], learningRate, momentum);
    }

    /// <summary>The scalar reference (and the tail after the vector loop), written exactly as the formulas read.</summary>
    public static void AdamScalar<T>(Span<T> p, ReadOnlySpan<T> g, Span<T> m, Span<T> v, in AdamCoefficients<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < p.Length; i++)
        {
            T gi = g[i];
            m[i] = (c.Beta1 * m[i]) + (c.OneMinusBeta1 * gi);
            v[i] = (c.Beta2 * v[i]) + (c.OneMinusBeta2 * gi * gi);
            p[i] -= c.StepSize * m[i] / ((T.Sqrt(v[i]) * c.InverseSqrtCorrection2) + c.Epsilon);
        }
    }

    /// <summary>The scalar reference (and the tail after the vector loop).</summary>
    public static void SgdScalar<T>(Span<T> p, ReadOnlySpan<T> g, Span<T> velocity, T learningRate, T momentum)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (momentum == T.Zero)
        {
            for (int i = 0; i < p.Length; i++)
            {
                p[i] -= learningRate * g[i];
            }

            return;
        }

        for (int i = 0; i < p.Length; i++)
        {
            velocity[i] = (momentum * velocity[i]) + g[i];
            p[i] -= learningRate * velocity[i];
        }
    }
}

/// <summary>The per-step constants of one Adam update, computed once per call.</summary>
internal readonly struct AdamCoefficients<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public AdamCoefficients(T learningRate, T beta1, T beta2, T epsilon, int step)
    {
        LearningRate = learningRate;
        Beta1 = beta1;
        Beta2 = beta2;
        OneMinusBeta1 = T.One - beta1;
        OneMinusBeta2 = T.One - beta2;
        Epsilon = epsilon;

        // Bias corrections 1 − βᵗ, computed in double and rounded once (as the generated networks always did).
        T correction1 = T.One - T.CreateTruncating(Math.Pow(double.CreateTruncating(beta1), step));
        T correction2 = T.One - T.CreateTruncating(Math.Pow(double.CreateTruncating(beta2), step));

        // PyTorch's arrangement: step size lr / (1 − β₁ᵗ) and denominator √v / √(1 − β₂ᵗ) + ε; the division by the root
        // is a multiplication by its reciprocal, so an update costs one square root and one division.
        StepSize = learningRate / correction1;
        InverseSqrtCorrection2 = T.One / T.Sqrt(correction2);
    }

    /// <summary>lr / (1 − β₁ᵗ).</summary>
    public T StepSize { get; }

    /// <summary>1 / √(1 − β₂ᵗ).</summary>
    public T InverseSqrtCorrection2 { get; }

    public T LearningRate { get; }

    public T Beta1 { get; }

    public T Beta2 { get; }

    public T OneMinusBeta1 { get; }

    public T OneMinusBeta2 { get; }

    public T Epsilon { get; }
}
