using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The sign with which an extreme reads the data of a logit (ShiftForms.cs): <c>m = Math.Max(m, -x[i])</c>,
/// <c>if (-v &gt; m) m = -v</c>, <c>x.Max(v =&gt; -v)</c> and <c>x.Select(v =&gt; -v).Max()</c> fold the data negated, so
/// <c>m</c> is minus the minimum of <c>x</c>: <c>exp(x - m)</c> is <c>exp(x + min x)</c>, no shift, while
/// <c>exp(-x - m)</c> is a softmin shifted by its maximum. Known only when every fold reads one term of the buffer the
/// exp reads (the same symbol and text, FoldedData.cs) with a numeric coefficient, and that buffer is not written
/// between the folds and the exp (a buffer negated in place after its max is other data); anything else (a copy of the
/// data, a scale of unknown sign, a helper) is unknown.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sign and the fold writes per (folded local, data text, data root): a shared maximum's folds are read once, not per exp.</summary>
    private readonly Dictionary<(ISymbol Local, string Text, ISymbol Root), ((bool Negated, ReductionKind Kind) Sign, List<IOperation> Folds)?> _foldSigns =
        new(FoldSignKeyComparer.Instance);

    /// <summary>
    /// Whether every fold of <paramref name="bound"/> (a max or min) reads <paramref name="logit"/>'s buffer negated,
    /// with the fold's kind; null when unknown. <paramref name="opposes"/>: the bound enters against the logit's sign
    /// (<c>x - m</c>); a fold of the data as it is then reads as an unknown one would (a shift judged by its extreme),
    /// so only the other cases ask whether the data changed since the folds.
    /// </summary>
    private (bool Negated, ReductionKind Kind)? FoldDataSign(IOperation bound, IOperation logit, bool opposes)
    {
        if (DataSource(logit) is not { } source)
        {
            return null;
        }

        EnsureMemosCurrent();
        var folded = Unwrap(bound)!;
        ((bool Negated, ReductionKind Kind) Sign, List<IOperation> Folds)? found;
        if (folded is ILocalReferenceOperation { Local: var local })
        {
            var key = ((ISymbol)local, source.Text, source.Root);
            if (!_foldSigns.TryGetValue(key, out found))
            {
                found = FoldsSign(folded, source);
                _foldSigns[key] = found;
            }
        }
        else
        {
            found = FoldsSign(folded, source);
        }

        if (found is not { } known)
        {
            return null;
        }

        var ((negated, kind), folds) = known;

        if (!negated && opposes)
        {
            return (negated, kind);
        }

        IReadOnlyList<IOperation> kills = folded is ILocalReferenceOperation { Local: var written }
            ? WritesOf(written).Select(write => write.Operation).ToList()
            : new[] { folded };
        return DataUnchangedSinceFolds(folds, kills, source, logit) ? (negated, kind) : null;
    }

    /// <summary>The sign with which every fold of <paramref name="bound"/> reads <paramref name="source"/>'s data, with the folds' writes; null when unknown.</summary>
    private ((bool Negated, ReductionKind Kind) Sign, List<IOperation> Folds)? FoldsSign(IOperation bound, (string Text, ISymbol Root, IOperation Position) source)
    {
        if (FoldedValues(bound) is not { Count: > 0 } folded)
        {
            return null;
        }

        var kind = folded[0].Kind;
        bool? negated = null;
        foreach (var (foldKind, value, _) in folded)
        {
            var terms = new List<AdditiveTerm>();
            if (foldKind != kind || !CollectAdditiveTerms(value, negative: false, new List<string>(), terms, depth: 0))
            {
                return null;
            }

            var data = terms.Where(term => Eval(term.Atom).RawRoots.Count > 0 || DataSource(term.Atom) is not null).ToList();
            if (data.Count != 1 || NumericProduct(Factors(data[0].Coefficient)) is null
                || DataSource(data[0].Atom) is not { } read || read.Text != source.Text || !SymbolEqualityComparer.Default.Equals(read.Root, source.Root)
                || negated is { } known && known != data[0].Negative)
            {
                return null;
            }

            negated = data[0].Negative;
        }

        return negated is { } sign ? ((sign, kind), folded.Select(fold => fold.Write).ToList()) : null;
    }

    /// <summary>Compares fold-sign keys: symbols by <see cref="SymbolEqualityComparer.Default"/>, texts ordinally.</summary>
    private sealed class FoldSignKeyComparer : IEqualityComparer<(ISymbol Local, string Text, ISymbol Root)>
    {
        public static readonly FoldSignKeyComparer Instance = new();

        public bool Equals((ISymbol Local, string Text, ISymbol Root) x, (ISymbol Local, string Text, ISymbol Root) y) =>
            SymbolEqualityComparer.Default.Equals(x.Local, y.Local) && string.Equals(x.Text, y.Text, System.StringComparison.Ordinal)
            && SymbolEqualityComparer.Default.Equals(x.Root, y.Root);

        public int GetHashCode((ISymbol Local, string Text, ISymbol Root) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Local) * 31 + System.StringComparer.Ordinal.GetHashCode(key.Text)) * 31
            + SymbolEqualityComparer.Default.GetHashCode(key.Root);
    }

    /// <summary>
    /// What a max or min folds, and where: the values of a local's accumulations (<c>m = Math.Max(m, v)</c>,
    /// <c>if (v &gt; m) m = v</c>, the memoised reduction scan's), or of a LINQ <c>Max</c>/<c>Min</c> written inline or
    /// in a local once (the selector's result, a <c>Select</c>'s projection, or the source itself); null when none is known.
    /// </summary>
    private List<(ReductionKind Kind, IOperation Value, IOperation Write)>? FoldedValues(IOperation bound)
    {
        var read = Unwrap(bound);
        IOperation? write = read;
        if (read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: > 0 } writes)
        {
            // The scan reads each write of a shared accumulator once per method, not once per exp (cost stays linear).
            var folds = ScanReduction(local, elementTarget: false, slot: null).Accumulations
                .Where(accumulation => accumulation.Kind is ReductionKind.Max or ReductionKind.Min)
                .Select(accumulation => (accumulation.Kind, accumulation.Value, accumulation.Write)).ToList();
            if (folds.Count > 0)
            {
                return folds;
            }

            if (writes.Count == 1 && writes[0].Operation is IVariableDeclaratorOperation declarator)
            {
                read = Unwrap(writes[0].Value);
                write = declarator;
            }
        }

        if (read is not IInvocationOperation call || call.Arguments.Length is not (1 or 2) || write is null)
        {
            return null;
        }

        var kind = Symbols.IsEnumerable(call.TargetMethod, "Max") ? ReductionKind.Max
            : Symbols.IsEnumerable(call.TargetMethod, "Min") ? ReductionKind.Min
            : (ReductionKind?)null;
        if (kind is null)
        {
            return null;
        }

        var value = call.Arguments.Length == 2 ? LambdaResult(call.Arguments[1].Value)
            : Unwrap(call.Arguments[0].Value) is IInvocationOperation { Arguments.Length: 2 } select && Symbols.IsEnumerable(select.TargetMethod, "Select")
                ? LambdaResult(select.Arguments[1].Value)
                : call.Arguments[0].Value;
        return value is null ? null : new List<(ReductionKind, IOperation, IOperation)> { (kind.Value, value, write) };
    }

    /// <summary>The one returned value of a lambda passed as a delegate; null for anything else.</summary>
    private static IOperation? LambdaResult(IOperation argument)
    {
        var function = Unwrap(argument);
        while (function is IDelegateCreationOperation creation)
        {
            function = Unwrap(creation.Target);
        }

        return function is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } operations } && operations[0] is IReturnOperation { ReturnedValue: { } returned }
            ? returned
            : null;
    }
}
