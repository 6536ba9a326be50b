using System.Numerics;
using System.Runtime.CompilerServices;

namespace LayerGen;

/// <summary>An element-wise function with a vector and a scalar form (the scalar form is the reference and handles tails).</summary>
internal interface IUnaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    static abstract TVec Apply<TSimd>(TVec x)
        where TSimd : ISimd<TVec, T>;

    static abstract T Apply(T x);
}

/// <summary>An element-wise backward function of the forward output y and the upstream gradient dy.</summary>
internal interface IBinaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    static abstract TVec Apply<TSimd>(TVec y, TVec dy)
        where TSimd : ISimd<TVec, T>;

    static abstract T Apply(T y, T dy);
}

/// <summary>max(x, 0); NaN stays NaN (a comparison with NaN is false, so the input lane is kept).</summary>
internal readonly struct ReluOp<TVec, T> : IUnaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec x)
        where TSimd : ISimd<TVec, T>
    {
        TVec zero = TSimd.Broadcast(T.Zero);
        return TSimd.Select(TSimd.GreaterThan(x, zero), x, TSimd.Select(TSimd.IsNaN(x), x, zero));
    }

    public static T Apply(T x) => x > T.Zero ? x : T.IsNaN(x) ? x : T.Zero;
}

/// <summary>dy where y &gt; 0, else 0.</summary>
internal readonly struct ReluBackwardOp<TVec, T> : IBinaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec y, TVec dy)
        where TSimd : ISimd<TVec, T> =>
        TSimd.Select(TSimd.GreaterThan(y, TSimd.Broadcast(T.Zero)), dy, TSimd.Broadcast(T.Zero));

    public static T Apply(T y, T dy) => y > T.Zero ? dy : T.Zero;
}

/// <summary>1 / (1 + e^−x).</summary>
internal readonly struct SigmoidOp<TVec, T> : IUnaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec x)
        where TSimd : ISimd<TVec, T>
    {
        TVec one = TSimd.Broadcast(T.One);
        TVec e = VectorMath.Exp<TVec, T, TSimd>(TSimd.Subtract(TSimd.Broadcast(T.Zero), x));
        return TSimd.Divide(one, TSimd.Add(one, e));
    }

    public static T Apply(T x) => T.One / (T.One + T.Exp(-x));
}

/// <summary>dy · y · (1 − y).</summary>
internal readonly struct SigmoidBackwardOp<TVec, T> : IBinaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec y, TVec dy)
        where TSimd : ISimd<TVec, T> =>
        TSimd.Multiply(dy, TSimd.Multiply(y, TSimd.Subtract(TSimd.Broadcast(T.One), y)));

    public static T Apply(T y, T dy) => dy * y * (T.One - y);
}

/// <summary>
/// tanh x. Vector form (float): the odd Taylor series to x¹⁵ for |x| &lt; 0.55, else sign(x)·(1 − 2 / (e^{2|x|} + 1)); within a few ulp.
/// Double uses the scalar <see cref="Math.Tanh"/> on every path: a vector form accurate to double precision needs more terms than it saves.
/// </summary>
internal readonly struct TanhOp<TVec, T> : IUnaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec x)
        where TSimd : ISimd<TVec, T>
    {
        TVec one = TSimd.Broadcast(T.One);
        TVec magnitude = TSimd.Abs(x);
        TVec e = VectorMath.Exp<TVec, T, TSimd>(TSimd.Add(magnitude, magnitude));
        TVec large = TSimd.Subtract(one, TSimd.Divide(TSimd.Broadcast(T.CreateTruncating(2)), TSimd.Add(e, one)));
        TVec sign = TSimd.And(x, TSimd.Broadcast(T.NegativeZero));
        large = TSimd.Or(large, sign); // |tanh| with the sign bit of x

        TVec x2 = TSimd.Multiply(x, x);
        TVec p = TSimd.Broadcast(T.CreateTruncating(-929569.0 / 638512875.0));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(21844.0 / 6081075.0)));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(-1382.0 / 155925.0)));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(62.0 / 2835.0)));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(-17.0 / 315.0)));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(2.0 / 15.0)));
        p = TSimd.MultiplyAdd(p, x2, TSimd.Broadcast(T.CreateTruncating(-1.0 / 3.0)));
        TVec small = TSimd.MultiplyAdd(TSimd.Multiply(p, x2), x, x); // x + x·x²·p(x²)

        return TSimd.Select(TSimd.LessThan(magnitude, TSimd.Broadcast(T.CreateTruncating(0.55))), small, large);
    }

    public static T Apply(T x) => T.Tanh(x);
}

/// <summary>dy · (1 − y²).</summary>
internal readonly struct TanhBackwardOp<TVec, T> : IBinaryOp<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Apply<TSimd>(TVec y, TVec dy)
        where TSimd : ISimd<TVec, T> =>
        TSimd.Multiply(dy, TSimd.Subtract(TSimd.Broadcast(T.One), TSimd.Multiply(y, y)));

    public static T Apply(T y, T dy) => dy * (T.One - y * y);
}
