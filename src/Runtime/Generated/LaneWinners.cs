using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Generated;

/// <summary>
/// Merges the lanes of a running maximum or minimum that generated code ran on <see cref="Vector256{T}"/> lanes (each
/// lane kept the extremum of its own iterations and the iteration that set it, -1 when none did) into the result the
/// scalar loop would have reached: the strictly better value wins; of values that compare equal (ties, -0 and +0) the
/// earlier iteration for <c>&gt;</c> and <c>&lt;</c>, the later for <c>&gt;=</c> and <c>&lt;=</c>. Branch-free: two
/// reductions across lanes instead of a scalar walk over the lanes. Called by generated code; not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneWinners
{
    /// <summary>
    /// The iteration that decides the extremum, or -1 when no lane took the branch; <paramref name="extremum"/> then holds
    /// that lane's value (its exact bits), else it is left as it was.
    /// </summary>
    /// <param name="values">Each lane's extremum (the starting value in lanes that never took the branch).</param>
    /// <param name="iterations">Each lane's iteration that set it, -1 for none; iterations of different lanes differ.</param>
    /// <param name="maximum">True for a running maximum (<c>&gt;</c>, <c>&gt;=</c>), false for a minimum.</param>
    /// <param name="first">True when equal values keep the earlier iteration (<c>&gt;</c>, <c>&lt;</c>).</param>
    /// <param name="extremum">The running extremum before the lanes; receives the winner's value.</param>
    /// <returns>The winning iteration, or -1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Merge(Vector256<float> values, Vector256<int> iterations, bool maximum, bool first, ref float extremum) =>
        MergeLanes(values, iterations, maximum, first, ref extremum);

    /// <inheritdoc cref="Merge(Vector256{float}, Vector256{int}, bool, bool, ref float)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Merge(Vector256<double> values, Vector256<long> iterations, bool maximum, bool first, ref double extremum) =>
        MergeLanes(values, iterations, maximum, first, ref extremum);

    /// <summary>The body of both <c>Merge</c> overloads: the value lanes and their iterations' lanes, of the same width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MergeLanes<T, TIndex>(Vector256<T> values, Vector256<TIndex> iterations, bool maximum, bool first, ref T extremum)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TIndex : unmanaged, IBinaryInteger<TIndex>, ISignedNumber<TIndex>, IMinMaxValue<TIndex>
    {
        Vector256<TIndex> taken = Vector256.GreaterThanOrEqual(iterations, Vector256<TIndex>.Zero);
        if (taken == Vector256<TIndex>.Zero)
        {
            return -1;
        }

        // The best value among the lanes that took the branch (a taken value is never NaN: the comparison was true).
        // A minimum is the negated maximum of the negated values (negation is exact).
        Vector256<T> sign = Vector256.Create(maximum ? T.One : T.NegativeOne);
        Vector256<T> candidates = Vector256.ConditionalSelect(taken.As<TIndex, T>(), values * sign, Vector256.Create(T.NegativeInfinity));
        Vector256<T> best = MaxAcross(candidates) * sign;

        // Of the lanes holding it, the first or last iteration: the maximum of -iteration or of iteration (lanes left out
        // hold MinValue).
        Vector256<TIndex> tied = taken & Vector256.Equals(values, best).As<T, TIndex>();
        Vector256<TIndex> ordered = first ? -iterations : iterations;
        Vector256<TIndex> winner = MaxAcross(Vector256.ConditionalSelect(tied, ordered, Vector256.Create(TIndex.MinValue)));
        winner = first ? -winner : winner;
        uint lane = (uint)BitOperations.TrailingZeroCount(Vector256.Equals(iterations, winner).ExtractMostSignificantBits());
        extremum = values.GetElement((int)lane);
        return int.CreateTruncating(winner.ToScalar());
    }

    /// <summary>
    /// The extremum of a running maximum or minimum whose iteration is not needed (each lane kept the extremum of its own
    /// iterations, starting from <paramref name="extremum"/>; the loop kept two sets of lanes, alternate vectors, for two
    /// dependency chains instead of one): the best lane by value. Exact only when every lane that compares equal to the
    /// best holds the same bits; when they do not (-0 and +0 lanes, where the scalar loop keeps the first or last it met,
    /// which the lanes no longer know) or a lane is NaN, returns false and leaves <paramref name="extremum"/> as it was:
    /// the caller then runs the scalar loop.
    /// </summary>
    /// <param name="first">Each lane's extremum in the first set.</param>
    /// <param name="second">Each lane's extremum in the second set.</param>
    /// <param name="maximum">True for a running maximum, false for a minimum.</param>
    /// <param name="extremum">The running extremum before the lanes; receives the best lane's value.</param>
    /// <returns>True when <paramref name="extremum"/> is the scalar loop's result.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMerge(Vector256<float> first, Vector256<float> second, bool maximum, ref float extremum) =>
        TryBest(first, second, Vector256.Create(maximum ? 1f : -1f), ref extremum);

    /// <inheritdoc cref="TryMerge(Vector256{float}, Vector256{float}, bool, ref float)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMerge(Vector512<float> first, Vector512<float> second, bool maximum, ref float extremum) =>
        TryBest(first, second, Vector256.Create(maximum ? 1f : -1f), ref extremum);

    /// <inheritdoc cref="TryMerge(Vector256{float}, Vector256{float}, bool, ref float)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMerge(Vector256<double> first, Vector256<double> second, bool maximum, ref double extremum) =>
        TryBest(first, second, Vector256.Create(maximum ? 1d : -1d), ref extremum);

    /// <inheritdoc cref="TryMerge(Vector256{float}, Vector256{float}, bool, ref float)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMerge(Vector512<double> first, Vector512<double> second, bool maximum, ref double extremum) =>
        TryBest(first, second, Vector256.Create(maximum ? 1d : -1d), ref extremum);

    /// <summary>The best lane of both sets (a minimum is the negated maximum of the negated values: negation is exact), when exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryBest<T>(Vector256<T> first, Vector256<T> second, Vector256<T> sign, ref T extremum)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector256<T> best = MaxAcross(Vector256.MaxNative(first * sign, second * sign)) * sign;
        if (!Exact(first, best) || !Exact(second, best))
        {
            return false;
        }

        extremum = best.ToScalar();
        return true;
    }

    /// <inheritdoc cref="TryBest{T}(Vector256{T}, Vector256{T}, Vector256{T}, ref T)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryBest<T>(Vector512<T> first, Vector512<T> second, Vector256<T> sign, ref T extremum)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector256<T> best = MaxAcross(Vector256.MaxNative(
            Vector256.MaxNative(first.GetLower() * sign, first.GetUpper() * sign),
            Vector256.MaxNative(second.GetLower() * sign, second.GetUpper() * sign))) * sign;
        if (!Exact(first.GetLower(), best) || !Exact(first.GetUpper(), best) || !Exact(second.GetLower(), best) || !Exact(second.GetUpper(), best))
        {
            return false;
        }

        extremum = best.ToScalar();
        return true;
    }

    /// <summary>True when no lane is NaN and every lane equal to <paramref name="best"/> holds its bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Exact<T>(Vector256<T> values, Vector256<T> best)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Vector256.EqualsAll(values, values)
        && (Vector256.Equals(values, best).AsByte() & ~Vector256.Equals(values.AsByte(), best.AsByte())) == Vector256<byte>.Zero;

    /// <summary>
    /// Folds the lanes of a running maximum or minimum that ran on <see cref="Vector512{T}"/> lanes into the
    /// <see cref="Vector256{T}"/> lanes that go on from there: lane j takes the winner of lanes j and j + 8 (the one the
    /// scalar loop would keep of the two: a lane that took the branch over one that did not, the strictly better value,
    /// of equal values the earlier iteration when <paramref name="first"/>, else the later), so that
    /// <see cref="Merge(Vector256{float}, Vector256{int}, bool, bool, ref float)"/> after it gives the scalar loop's result.
    /// </summary>
    /// <param name="values">Each lane's extremum (the starting value in lanes that never took the branch).</param>
    /// <param name="iterations">Each lane's iteration that set it, -1 for none.</param>
    /// <param name="maximum">True for a running maximum, false for a minimum.</param>
    /// <param name="first">True when equal values keep the earlier iteration.</param>
    /// <param name="foldedValues">Receives the winners' values.</param>
    /// <param name="foldedIterations">Receives the winners' iterations.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fold(
        Vector512<float> values, Vector512<int> iterations, bool maximum, bool first, out Vector256<float> foldedValues, out Vector256<int> foldedIterations) =>
        FoldHalves(values, iterations, maximum, first, out foldedValues, out foldedIterations);

    /// <inheritdoc cref="Fold(Vector512{float}, Vector512{int}, bool, bool, out Vector256{float}, out Vector256{int})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fold(
        Vector512<double> values, Vector512<long> iterations, bool maximum, bool first, out Vector256<double> foldedValues, out Vector256<long> foldedIterations) =>
        FoldHalves(values, iterations, maximum, first, out foldedValues, out foldedIterations);

    /// <summary>Lane j of the result: the winner of lanes j (lower half) and j + Count (upper half).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FoldHalves<T, TIndex>(
        Vector512<T> values, Vector512<TIndex> iterations, bool maximum, bool first, out Vector256<T> foldedValues, out Vector256<TIndex> foldedIterations)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TIndex : unmanaged, IBinaryInteger<TIndex>, ISignedNumber<TIndex>
    {
        Vector256<T> lower = values.GetLower(), upper = values.GetUpper();
        Vector256<TIndex> lowerAt = iterations.GetLower(), upperAt = iterations.GetUpper();
        Vector256<TIndex> better = (maximum ? Vector256.GreaterThan(upper, lower) : Vector256.LessThan(upper, lower)).As<T, TIndex>();
        Vector256<TIndex> tieWins = Vector256.Equals(upper, lower).As<T, TIndex>() & (first ? Vector256.LessThan(upperAt, lowerAt) : Vector256.GreaterThan(upperAt, lowerAt));
        Vector256<TIndex> upperWins = Vector256.GreaterThanOrEqual(upperAt, Vector256<TIndex>.Zero)
            & (Vector256.LessThan(lowerAt, Vector256<TIndex>.Zero) | better | tieWins);
        foldedValues = Vector256.ConditionalSelect(upperWins.As<TIndex, T>(), upper, lower);
        foldedIterations = Vector256.ConditionalSelect(upperWins, upperAt, lowerAt);
    }

    /// <summary>
    /// The largest lane, in every lane, by pairwise maxima with swapped halves, quarters (and eighths of 32-bit lanes).
    /// <c>MaxNative</c> (one <c>vmaxps</c>/<c>vpmaxsd</c> each): for floating-point lanes without NaN, where of equal
    /// lanes -0 and +0 either may come out, which the callers tell apart by the lanes' own bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MaxAcross<T>(Vector256<T> lanes)
    {
        if (Vector256<T>.Count == 8)
        {
            lanes = Vector256.MaxNative(lanes, Vector256.Shuffle(lanes.AsInt32(), Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)).As<int, T>());
            lanes = Vector256.MaxNative(lanes, Vector256.Shuffle(lanes.AsInt32(), Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)).As<int, T>());
            return Vector256.MaxNative(lanes, Vector256.Shuffle(lanes.AsInt32(), Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)).As<int, T>());
        }

        lanes = Vector256.MaxNative(lanes, Vector256.Shuffle(lanes.AsInt64(), Vector256.Create(2L, 3L, 0L, 1L)).As<long, T>());
        return Vector256.MaxNative(lanes, Vector256.Shuffle(lanes.AsInt64(), Vector256.Create(1L, 0L, 3L, 2L)).As<long, T>());
    }
}
