using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// Element-wise loops on one vector width. The last partial vector overlaps the previous one and its inputs are read before
/// the main loop writes, so outputs may alias inputs exactly. Spans shorter than one vector use the scalar form.
/// </summary>
internal static class ElementwiseVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Unary<TOp>(ReadOnlySpan<T> xs, Span<T> ys)
        where TOp : IUnaryOp<TVec, T>
    {
        int n = xs.Length;
        int count = TSimd.Count;
        if (n < count)
        {
            for (int i = 0; i < n; i++)
            {
                ys[i] = TOp.Apply(xs[i]);
            }

            return;
        }

        ref T x = ref MemoryMarshal.GetReference(xs);
        ref T y = ref MemoryMarshal.GetReference(ys);
        TVec tail = TSimd.Load(in x, (nuint)(n - count));
        int j = 0;
        for (; j <= n - count; j += count)
        {
            TSimd.Store(TOp.Apply<TSimd>(TSimd.Load(in x, (nuint)j)), ref y, (nuint)j);
        }

        if (j < n)
        {
            TSimd.Store(TOp.Apply<TSimd>(tail), ref y, (nuint)(n - count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Binary<TOp>(ReadOnlySpan<T> ys, ReadOnlySpan<T> dys, Span<T> dxs)
        where TOp : IBinaryOp<TVec, T>
    {
        int n = ys.Length;
        int count = TSimd.Count;
        if (n < count)
        {
            for (int i = 0; i < n; i++)
            {
                dxs[i] = TOp.Apply(ys[i], dys[i]);
            }

            return;
        }

        ref T y = ref MemoryMarshal.GetReference(ys);
        ref T dy = ref MemoryMarshal.GetReference(dys);
        ref T dx = ref MemoryMarshal.GetReference(dxs);
        TVec yTail = TSimd.Load(in y, (nuint)(n - count));
        TVec dyTail = TSimd.Load(in dy, (nuint)(n - count));
        int j = 0;
        for (; j <= n - count; j += count)
        {
            TSimd.Store(TOp.Apply<TSimd>(TSimd.Load(in y, (nuint)j), TSimd.Load(in dy, (nuint)j)), ref dx, (nuint)j);
        }

        if (j < n)
        {
            TSimd.Store(TOp.Apply<TSimd>(yTail, dyTail), ref dx, (nuint)(n - count));
        }
    }
}
