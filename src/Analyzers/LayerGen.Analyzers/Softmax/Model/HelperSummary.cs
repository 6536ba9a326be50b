using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What a helper method does with a maximum or a sum, in terms of its own parameters: the max it returns, stores into
/// an <c>out</c>/<c>ref</c> parameter or into a field of its type, and the buffer parameters it divides by their sum. Callers translate the folded dimensions of a
/// parameter to the buffer they pass (<see cref="SoftmaxModel"/>); the fold statements stay the helper's, so a
/// diagnostic about the max is reported where the helper folds it.
/// </summary>
internal sealed class HelperSummary
{
    public static readonly HelperSummary None = new(
        null, ImmutableDictionary<int, Reduction>.Empty, ImmutableDictionary<ISymbol, Reduction>.Empty, ImmutableDictionary<int, Reduction>.Empty, ImmutableHashSet<int>.Empty);

    /// <summary>This summary, its returned sum being a sum of the helper's exps, whose inputs are <paramref name="sumExps"/>.</summary>
    public HelperSummary WithExps(ImmutableDictionary<IOperation, HelperExpInput> sumExps, ImmutableDictionary<int, ImmutableHashSet<IOperation>> expFilled) =>
        new(Returned, OutParameters, Fields, Normalised, ShiftedParameters) { SumExps = sumExps, ExpFilled = expFilled, Links = Links, ReturnedMaxStartsFinite = ReturnedMaxStartsFinite, ReturnedMaxReadsScalar = ReturnedMaxReadsScalar };

    /// <summary>This summary with the axes it links between its buffer parameters (<see cref="Links"/>).</summary>
    public HelperSummary WithLinks(ImmutableArray<DimensionLink> links) =>
        new(Returned, OutParameters, Fields, Normalised, ShiftedParameters) { SumExps = SumExps, ExpFilled = ExpFilled, Links = links, ReturnedMaxStartsFinite = ReturnedMaxStartsFinite, ReturnedMaxReadsScalar = ReturnedMaxReadsScalar };

    /// <summary>This summary with what it knows of its returned max's seed and values (<see cref="ReturnedMaxStartsFinite"/>, <see cref="ReturnedMaxReadsScalar"/>).</summary>
    public HelperSummary WithReturnedMaxFacts(bool startsFinite, bool readsScalar) =>
        new(Returned, OutParameters, Fields, Normalised, ShiftedParameters)
        {
            SumExps = SumExps, ExpFilled = ExpFilled, Links = Links, ReturnedMaxStartsFinite = startsFinite, ReturnedMaxReadsScalar = readsScalar,
        };

    /// <summary>
    /// True when the folds of the returned max read a numeric parameter (<c>t = x[i] / temperature</c>): the max is of
    /// values scaled by what the caller passes, so the caller is not told which raw buffer it folds.
    /// </summary>
    public bool ReturnedMaxReadsScalar { get; private set; }

    /// <summary>
    /// True when every variable the helper returns as its max starts at a finite constant (<c>float m = 0f;</c>): a row
    /// far below it is shifted by that constant, not by its own max, as if the fold were written inline.
    /// </summary>
    public bool ReturnedMaxStartsFinite { get; private set; }

    /// <summary>
    /// Dimensions of two of the helper's buffer parameters that its element writes make the same axis
    /// (<c>p[i, j] = Math.Exp(x[i, j] - m)</c>: <c>p.r0 ≡ x.r0</c>, <c>p.r1 ≡ x.r1</c>); each call links the matching
    /// dimensions of the buffers it passes, as if the loop were written inline.
    /// </summary>
    public ImmutableArray<DimensionLink> Links { get; private set; } = ImmutableArray<DimensionLink>.Empty;

    /// <summary>
    /// Buffer parameter ordinal → the helper's exps it stores into that buffer (<c>e[o + i] = Math.Exp(x[o + i] - m)</c>),
    /// each with its inputs in <see cref="SumExps"/>: after the call, the caller's buffer holds those exps.
    /// </summary>
    public ImmutableDictionary<int, ImmutableHashSet<IOperation>> ExpFilled { get; private set; } = ImmutableDictionary<int, ImmutableHashSet<IOperation>>.Empty;

    public HelperSummary(
        Reduction? returned,
        ImmutableDictionary<int, Reduction> outParameters,
        ImmutableDictionary<ISymbol, Reduction> fields,
        ImmutableDictionary<int, Reduction> normalised,
        ImmutableHashSet<int> shiftedParameters)
    {
        ShiftedParameters = shiftedParameters;
        Returned = returned;
        OutParameters = outParameters;
        Fields = fields;
        Normalised = normalised;
    }

    /// <summary>
    /// The max (or the min) every <c>return</c> of the helper returns, or the one sum of a buffer parameter's raw elements it
    /// returns (<c>SumAll(a)</c>); null when it returns anything else.
    /// </summary>
    public Reduction? Returned { get; }

    /// <summary>
    /// The helper's exps that it sums into <see cref="Returned"/> (<c>s += Math.Exp(x[o + i] - m)</c> over a parameter
    /// range) or stores into a buffer parameter (<see cref="ExpFilled"/>), with what each argument reads in terms of the
    /// helper's parameters.
    /// </summary>
    public ImmutableDictionary<IOperation, HelperExpInput> SumExps { get; private set; } = StableKeys.Map<HelperExpInput>();

    /// <summary>Parameter ordinal → the max the helper leaves in that <c>out</c>/<c>ref</c> parameter.</summary>
    public ImmutableDictionary<int, Reduction> OutParameters { get; }

    /// <summary>Field → the max the helper leaves in that field.</summary>
    public ImmutableDictionary<ISymbol, Reduction> Fields { get; }

    /// <summary>
    /// Parameter ordinal → the sum of that buffer parameter's own elements that the helper divides them by
    /// (<c>Normalize(values)</c>: <c>v / values.Sum()</c>). A caller passing exps makes this a softmax site.
    /// </summary>
    public ImmutableDictionary<int, Reduction> Normalised { get; }

    /// <summary>Ordinals of buffer parameters whose elements the helper shifts in place (<c>row[j] -= max</c>).</summary>
    public ImmutableHashSet<int> ShiftedParameters { get; }

    public bool IsEmpty => Returned is null && OutParameters.IsEmpty && Fields.IsEmpty && Normalised.IsEmpty && ShiftedParameters.IsEmpty && ExpFilled.IsEmpty && Links.IsEmpty;
}

/// <summary>Two dimensions, of different buffer parameters of one helper, that are the same axis of the data.</summary>
internal sealed class DimensionLink
{
    public DimensionLink(DimensionAtom first, DimensionAtom second)
    {
        First = first;
        Second = second;
    }

    public DimensionAtom First { get; }

    public DimensionAtom Second { get; }
}

/// <summary>
/// What one exp of a helper's sum exponentiates, in the helper's parameters: the buffer parameters whose raw elements
/// it reads, the scalar parameters subtracted from them (<c>Math.Exp(x[i] - m)</c>: <c>m</c>), and whether anything
/// else is subtracted or read (then the caller treats the argument as opaque: no verdict on it).
/// </summary>
internal sealed class HelperExpInput
{
    public HelperExpInput(
        ImmutableArray<int> rawBuffers,
        ImmutableArray<int> shiftParameters,
        bool hasOtherInputs,
        ImmutableArray<int> elementShiftBuffers = default,
        ImmutableArray<HelperLocalMax> localMaxima = default)
    {
        RawBuffers = rawBuffers;
        ShiftParameters = shiftParameters;
        HasOtherInputs = hasOtherInputs;
        ElementShiftBuffers = elementShiftBuffers.IsDefault ? ImmutableArray<int>.Empty : elementShiftBuffers;
        LocalMaxima = localMaxima.IsDefault ? ImmutableArray<HelperLocalMax>.Empty : localMaxima;
    }

    /// <summary>
    /// Maxima the helper folds itself and subtracts (<c>float max = …; for (…) max = Math.Max(max, x[i, j]); … Math.Exp(x[i, j] - max)</c>),
    /// each over dimensions of its own buffer parameters: the caller translates them to the buffers it passes.
    /// </summary>
    public ImmutableArray<HelperLocalMax> LocalMaxima { get; }

    /// <summary>
    /// Buffer parameters an element of which is subtracted (<c>Math.Exp(z[k, s] - rowMax[k])</c>: <c>rowMax</c>): the
    /// caller's buffer holds the maxima, each element's max read where the call is.
    /// </summary>
    public ImmutableArray<int> ElementShiftBuffers { get; }

    public ImmutableArray<int> RawBuffers { get; }

    public ImmutableArray<int> ShiftParameters { get; }

    public bool HasOtherInputs { get; }
}

/// <summary>
/// A maximum a helper folds over its own buffer parameters and subtracts in one of its exps: the subtracted operand,
/// the max as seen from that exp (its dimensions in the helper's parameters, translated at each call), and whether the
/// helper's own model knows it is no maximum of the exp's values (a finite seed, other data: no shift at all).
/// </summary>
internal sealed class HelperLocalMax
{
    public HelperLocalMax(IOperation shift, Reduction max, bool isKnownNonMaximum)
    {
        Shift = shift;
        Max = max;
        IsKnownNonMaximum = isKnownNonMaximum;
    }

    /// <summary>The operand the helper's exp subtracts (<c>max</c> in <c>Math.Exp(x[i] - max)</c>).</summary>
    public IOperation Shift { get; }

    /// <summary>The max that operand reads at the exp, in the helper's terms.</summary>
    public Reduction Max { get; }

    /// <summary>True when the helper's model judged the operand no maximum of the exp's values.</summary>
    public bool IsKnownNonMaximum { get; }
}

/// <summary>
/// Helper summaries of one compilation, each built once on first demand (a model of the helper's body) and shared by
/// every caller and every thread. Lives on <see cref="WellKnownSymbols"/>, which is created once per compilation.
/// </summary>
internal sealed class HelperSummaryCache
{
    // One cache per call level (1 = called by the analysed method, 2 = called by such a helper): a summary at level n
    // only waits on summaries at level n + 1, so no build waits on itself, and each is the same whoever asks first.
    private readonly ConcurrentDictionary<IMethodSymbol, System.Lazy<HelperSummary>>[] _summaries =
    {
        new(SymbolEqualityComparer.Default),
        new(SymbolEqualityComparer.Default),
        new(SymbolEqualityComparer.Default),
    };

    /// <summary>The summary of <paramref name="method"/> as seen <paramref name="level"/> calls away, built once.</summary>
    public HelperSummary GetOrAdd(IMethodSymbol method, int level, System.Func<HelperSummary> build)
    {
        var cache = _summaries[System.Math.Min(level, _summaries.Length - 1)];
        var lazy = cache.GetOrAdd(method, _ => new System.Lazy<HelperSummary>(build, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (System.OperationCanceledException)
        {
            // A cancelled build is not a summary: the next caller builds it again.
            cache.TryRemove(method, out _);
            throw;
        }
    }
}
