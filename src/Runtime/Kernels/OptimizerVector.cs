using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// The optimizer updates on one vector width. Each method processes whole vectors only and returns how many elements it
/// updated; the caller finishes the remainder with the scalar form.
/// </summary>
internal static class OptimizerVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Adam(Span<T> ps, ReadOnlySpan<T> gs, Span<T> ms, Span<T> vs, in AdamCoefficients<T> c)
    {
        int n = ps.Length;
        int count = TSimd.Count;
        ref T p = ref MemoryMarshal.GetReference(ps);
        ref T g = ref MemoryMarshal.GetReference(gs);
        ref T m = ref MemoryMarshal.GetReference(ms);
        ref T v = ref MemoryMarshal.GetReference(vs);
        TVec beta1 = TSimd.Broadcast(c.Beta1), oneMinusBeta1 = TSimd.Broadcast(c.OneMinusBeta1);
        TVec beta2 = TSimd.Broadcast(c.Beta2), oneMinusBeta2 = TSimd.Broadcast(c.OneMinusBeta2);
        TVec stepSize = TSimd.Broadcast(c.StepSize), epsilon = TSimd.Broadcast(c.Epsilon);
        TVec inverseSqrtCorrection2 = TSimd.Broadcast(c.InverseSqrtCorrection2);
        int i = 0;
        for (; i <= n - count; i += count)
        {
            nuint at = (nuint)i;
            TVec gi = TSimd.Load(in g, at);
            TVec mi = TSimd.MultiplyAdd(beta1, TSimd.Load(in m, at), TSimd.Multiply(oneMinusBeta1, gi));
            TVec vi = TSimd.MultiplyAdd(beta2, TSimd.Load(in v, at), TSimd.Multiply(TSimd.Multiply(oneMinusBeta2, gi), gi));
            TVec numerator = TSimd.Multiply(stepSize, mi);
            TVec denominator = TSimd.Add(TSimd.Multiply(TSimd.Sqrt(vi), inverseSqrtCorrection2), epsilon);
            TSimd.Store(mi, ref m, at);
            TSimd.Store(vi, ref v, at);
            TSimd.Store(TSimd.Subtract(TSimd.Load(in p, at), TSimd.Divide(numerator, denominator)), ref p, at);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Sgd(Span<T> ps, ReadOnlySpan<T> gs, Span<T> velocities, T learningRate, T momentum)
    {
        int n = ps.Length;
        int count = TSimd.Count;
        ref T p = ref MemoryMarshal.GetReference(ps);
        ref T g = ref MemoryMarshal.GetReference(gs);
        TVec negativeRate = TSimd.Broadcast(-learningRate);
        int i = 0;
        if (momentum == T.Zero)
        {
            for (; i <= n - count; i += count)
            {
                nuint at = (nuint)i;
                TSimd.Store(TSimd.MultiplyAdd(negativeRate, TSimd.Load(in g, at), TSimd.Load(in p, at)), ref p, at);
            }

            return i;
        }

        ref T velocity = ref MemoryMarshal.GetReference(velocities);
        TVec mu = TSimd.Broadcast(momentum);
        for (; i <= n - count; i += count)
        {
            nuint at = (nuint)i;
            TVec vi = TSimd.MultiplyAdd(mu, TSimd.Load(in velocity, at), TSimd.Load(in g, at));
            TSimd.Store(vi, ref velocity, at);
            TSimd.Store(TSimd.MultiplyAdd(negativeRate, vi, TSimd.Load(in p, at)), ref p, at);
        }

        return i;
    }
}
