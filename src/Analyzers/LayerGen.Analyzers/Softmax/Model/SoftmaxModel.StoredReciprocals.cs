using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A normaliser kept as a per-slice reciprocal: <c>u[i] = a[i] / Σ_j K[i, j]</c> (or <c>1.0 / s</c>, <c>w / s</c>) stored
/// once per slice into an array, span, field or list, then <c>P[i, j] = u[i] * K[i, j]</c> in a later pass (Sinkhorn's
/// <c>P = diag(u) K</c>). The read <c>u[i]</c> divides by the stored sum, seen where it was stored, as a stored sum
/// <c>s[i] = Kv</c> read by <c>K / s[i]</c> is (the scalar <c>double u = a[i] / Kv</c> is <see cref="ScaledReciprocalDivisor"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The divisor of each stored reciprocal followed → its store: the sum is read where it was stored.</summary>
    private readonly Dictionary<IOperation, IOperation> _storedReciprocalUses = new();

    /// <summary>Products scaled by a stored reciprocal whose sum reads another stored reciprocal (Sinkhorn's alternating scalings).</summary>
    private readonly HashSet<IOperation> _alternatingScalings = new();

    private readonly Dictionary<ISymbol, (IOperation Write, IOperation Divisor)?> _storedReciprocalCache = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The sum <c>s</c> stored as <c>u[i] = c / s</c> when <paramref name="operation"/> reads an element of <c>u</c> (a buffer
    /// written once, in a loop, with a ratio whose numerator reads no exp); null otherwise. Records that the sum is read
    /// at the store (unless every read takes one fixed slot, <c>u[0]</c>: then it is read here, one slice's sum,
    /// FixedSlotReciprocals.cs) and whether <paramref name="product"/> is one of two alternating scalings.
    /// </summary>
    private IOperation? StoredReciprocalDivisor(IOperation? operation, IOperation product)
    {
        operation = Unwrap(operation);
        if (operation is not (IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
            || RootOf(operation) is not { } root || StoredReciprocalStore(root) is not { } store || Contains(store.Write, operation))
        {
            return null;
        }

        if (!ReadsOneSlotForEverySlice(operation, root, store.Write))
        {
            _storedReciprocalUses[store.Divisor] = store.Write;
        }
        if (ReadsOtherStoredReciprocal(store.Divisor, root))
        {
            _alternatingScalings.Add(product);
        }

        return store.Divisor;
    }

    /// <summary>The one store <c>u[…] = c / s</c> (or <c>u.Add(c / s)</c>) into <paramref name="root"/>, inside a loop.</summary>
    private (IOperation Write, IOperation Divisor)? StoredReciprocalStore(ISymbol root)
    {
        if (_storedReciprocalCache.TryGetValue(root, out var known))
        {
            return known;
        }

        known = null;
        var writes = ElementWritesInto(root).Select(write => (write.Operation, write.Value)).ToList();
        writes.AddRange(AppendedElementWrites(root).Select(append => (append.Write, append.Value)));
        if (writes.Count == 1 && writes[0].Value is { } value && EnclosingLoop(writes[0].Operation) is not null
            && Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio
            && Eval(ratio.LeftOperand).Exps.Count == 0 && !ratio.RightOperand.ConstantValue.HasValue)
        {
            known = (writes[0].Operation, ratio.RightOperand);
        }

        if (_writesCollected)
        {
            _storedReciprocalCache[root] = known;
        }

        return known;
    }

    /// <summary>
    /// True when the sum <paramref name="divisor"/> (or a write of its local) reads an element of another stored
    /// reciprocal: <c>Σ_i K[i, j] u[i]</c> of <c>v[j] = b[j] / Σ_i K[i, j] u[i]</c>.
    /// </summary>
    private bool ReadsOtherStoredReciprocal(IOperation divisor, ISymbol root)
    {
        var sources = new List<IOperation> { divisor };
        if (VariableOf(divisor) is ILocalSymbol local)
        {
            sources.AddRange(WritesOf(local).Select(write => write.Value).OfType<IOperation>());
        }

        return sources.SelectMany(source => source.DescendantsAndSelf())
            .Where(read => read is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
            .Select(RootOf)
            .Any(other => other is not null && !SymbolEqualityComparer.Default.Equals(other, root) && StoredReciprocalStore(other) is not null);
    }
}
