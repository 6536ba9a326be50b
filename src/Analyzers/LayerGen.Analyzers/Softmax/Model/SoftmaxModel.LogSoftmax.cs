using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Log-softmax sites: a value minus the log of a sum of exps, <c>y = x - m - log Σ exp(x - m)</c>. Nothing is divided;
/// the normaliser is <c>log(s)</c>, subtracted directly, or inside a log-sum-exp <c>lse = m + log(s)</c> held in a
/// local or a per-slice array (<c>x[j] - lse</c>, <c>x[j] - (m + log(s))</c>, <c>(x[j] - m) - logSum</c>,
/// <c>y[j] -= logSum</c>). The site's axes are those of a division site: its dimensions are the subtracted-from
/// value's, its softmax axis is what the sum folds, and its maxima are those shifting the summed exps plus those
/// added back in the normaliser or subtracted from the value.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How deep a normaliser is followed through locals and arrays (<c>lse = m + log(s)</c>; <c>t = lse</c>).</summary>
    private const int NormaliserDepth = 3;

    private void FindLogSoftmaxSites(HashSet<IOperation> seen)
    {
        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                    TryAddLogSoftmaxSite(operation, subtract.LeftOperand, subtract.RightOperand, seen);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } compound:
                    TryAddLogSoftmaxSite(operation, compound.Target, compound.Value, seen);
                    break;
            }
        }
    }

    private void TryAddLogSoftmaxSite(IOperation subtraction, IOperation value, IOperation normaliser, HashSet<IOperation> seen)
    {
        if (seen.Contains(subtraction))
        {
            return;
        }

        var parts = new NormaliserParts();
        CollectNormaliser(normaliser, parts, depth: 0);
        if (parts.Logs.Count != 1 || parts.Opaque)
        {
            return;
        }

        var (log, summed) = parts.Logs[0];

        // log(1 + Σ exp) is the softplus form (a decided non-site); a constant after the sum (log(s + eps)) is a guard.
        if (Unwrap(summed) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } withOne && IsConstantTerm(withOne.LeftOperand))
        {
            return;
        }

        // v - τ·log Σ exp(x / τ) is a log-softmax of x / τ only once divided by τ again ((v - V) / τ).
        if (parts.Scales.TryGetValue(log, out var scale) && !IsDividedBackBy(subtraction, scale))
        {
            return;
        }

        if (ReductionAt(summed, log) is not { Kind: ReductionKind.Sum } sum || sum.Elements.Exps.Count == 0
            || !sum.Elements.Exps.Any(exp => ExpArgument(exp).RawRoots.Count > 0 || ExpArgument(exp).Shifts.Count > 0))
        {
            return;
        }

        // The value must be data indexed over the sum's axis: log(Σ exp) subtracted from a loop counter or from
        // another buffer is no log-softmax, nor is it when subtracted from other exps. (An in-place y[j] -= log(s)
        // makes y hold the sum's exps too: values are tracked flow-insensitively.)
        var facts = Eval(value);
        if (facts.Exps.Except(sum.Elements.Exps).Any() || facts.Dims.Count == 0 || facts.RawRoots.Count == 0 && facts.Shifts.Count == 0)
        {
            return;
        }

        var siteAtoms = facts.Dims.Values.SelectMany(atoms => atoms).ToImmutableHashSet();
        var sumAxis = Classes.Classes(sum.Atoms);
        if (sumAxis.Count == 0 || !sumAxis.IsSubsetOf(Classes.Classes(siteAtoms)))
        {
            return;
        }

        var exps = sum.Elements.Exps.OrderBy(exp => exp.Syntax.SpanStart).ToImmutableArray();
        var maxima = new List<Reduction>();
        foreach (var exp in exps)
        {
            maxima.AddRange(ShiftMaxima(exp, sum.Atoms));
        }

        // The maximum added back (lse = m + log s) or subtracted from the value (x - m - log s), read where it is read.
        var normaliserMaxima = new List<Reduction>();
        foreach (var read in parts.Addends.Concat(facts.Shifts))
        {
            if (ReductionAt(read, read) is { Kind: ReductionKind.Max } max)
            {
                normaliserMaxima.Add(max);
            }
        }

        seen.Add(subtraction);
        _sites.Add(new SoftmaxSite(
            subtraction, siteAtoms, sum, maxima.Concat(normaliserMaxima).ToImmutableArray(), normaliserMaxima.ToImmutableArray(), exps, isLogSoftmax: true, movedAtoms: MovedAtoms(subtraction, sum, exps)));
    }

    /// <summary>
    /// Splits a normaliser into its logs of a value (<c>log(s)</c>) and the other terms added to them (<c>m</c>),
    /// through conversions, additions, locals and array elements written with one. Anything else added or
    /// subtracted (a constant, a product) makes it opaque: it is no log-sum-exp.
    /// </summary>
    private void CollectNormaliser(IOperation operation, NormaliserParts parts, int depth)
    {
        var value = Unwrap(operation);
        switch (value)
        {
            case IInvocationOperation { Arguments.Length: 1 } call when Symbols.IsLog(call.TargetMethod):
                parts.Logs.Add((call, call.Arguments[0].Value));
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                CollectNormaliser(add.LeftOperand, parts, depth);
                CollectNormaliser(add.RightOperand, parts, depth);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scaled when CollectScaledNormaliser(scaled, parts, depth):
                return;
            case ILocalReferenceOperation { Local: var local } when depth < NormaliserDepth && NormaliserHeldBy(local, depth) is { } inner:
                // A local holding a log-sum-exp is the normaliser; one holding no log is an added term (the maximum).
                if (inner.Logs.Count > 0)
                {
                    parts.Merge(inner);
                }
                else
                {
                    parts.Addends.Add(value);
                }

                return;
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when depth < NormaliserDepth && RootOf(value) is { } root:
                var stored = NormaliserStoredIn(root, depth);
                if (stored.Logs.Count > 0)
                {
                    parts.Merge(stored);
                }
                else
                {
                    parts.Addends.Add(value);
                }

                return;
            case IParameterReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation:
                parts.Addends.Add(value);
                return;
            default:
                // A constant or anything else added to a log: not a log-sum-exp, and no addend to check.
                if (value is null || !value.ConstantValue.HasValue)
                {
                    parts.Opaque = true;
                }

                return;
        }
    }

    /// <summary>
    /// The normaliser parts of every value assigned to <paramref name="local"/>, or null unless it is only declared and
    /// assigned (a compound assignment is no log-sum-exp). One answer per local and depth once the writes are collected:
    /// a maximum shared by a method's many softmaxes is met in each of their exps, and re-reading all of its writes at
    /// each of them was quadratic in the method.
    /// </summary>
    private NormaliserParts? NormaliserHeldBy(ILocalSymbol local, int depth)
    {
        if (_writesCollected && _normalisersHeld.TryGetValue((local, depth), out var known))
        {
            return known;
        }

        NormaliserParts? inner = null;
        var writes = WritesOf(local);
        if (writes.Count > 0 && writes.All(write => write.Value is not null && write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation))
        {
            inner = new NormaliserParts();
            foreach (var write in writes)
            {
                CollectNormaliser(write.Value!, inner, depth + 1);
            }
        }

        if (_writesCollected)
        {
            _normalisersHeld[(local, depth)] = inner;
        }

        return inner;
    }

    /// <summary>The normaliser parts of every value stored into the buffer <paramref name="root"/>: opaque if any store is not a plain assignment. Memoised like <see cref="NormaliserHeldBy"/>.</summary>
    private NormaliserParts NormaliserStoredIn(ISymbol root, int depth)
    {
        if (_writesCollected && _normalisersStored.TryGetValue((root, depth), out var known))
        {
            return known;
        }

        var stored = new NormaliserParts();
        foreach (var write in ElementWritesInto(root))
        {
            if (write.Value is null || write.Operation is not ISimpleAssignmentOperation)
            {
                stored.Opaque = true;
                break;
            }

            CollectNormaliser(write.Value, stored, depth + 1);
        }

        if (_writesCollected)
        {
            _normalisersStored[(root, depth)] = stored;
        }

        return stored;
    }

    private readonly Dictionary<(ISymbol Variable, int Depth), NormaliserParts?> _normalisersHeld = new(FiniteStartKeyComparer.Instance);
    private readonly Dictionary<(ISymbol Variable, int Depth), NormaliserParts> _normalisersStored = new(FiniteStartKeyComparer.Instance);

    /// <summary>The logs found in a normaliser and the terms added to them.</summary>
    private sealed class NormaliserParts
    {
        public List<(IInvocationOperation Log, IOperation Summed)> Logs { get; } = new();

        public List<IOperation> Addends { get; } = new();

        public bool Opaque { get; set; }

        /// <summary>A log multiplied by a temperature (<c>τ · log s</c>) → the temperature's variable (ScaledNormalisers.cs).</summary>
        public Dictionary<IInvocationOperation, ISymbol> Scales { get; } = new();

        public void Merge(NormaliserParts other)
        {
            Logs.AddRange(other.Logs);
            Addends.AddRange(other.Addends);
            Opaque |= other.Opaque;
            foreach (var pair in other.Scales)
            {
                Scales[pair.Key] = pair.Value;
            }
        }
    }
}
