using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// More spellings of the unstable logistic <c>e / (1 + e)</c> (Logistics.cs), each ∞ / ∞ = NaN once <c>exp(v)</c>
/// overflows: the quotient written back into its exp (<c>e = e / (1 + e)</c>, <c>e /= 1 + e</c>), a denominator stored
/// in a buffer element first (<c>d[i] = 1 + e[i]; e[i] / d[i]</c>), and the constant logit's exp of the two-class
/// softmax of <c>[v, c]</c> (<c>exp(v) / (exp(v) + exp(0))</c>, <c>z = exp(Bias)</c> written once).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="numerator"/> is a local every write of which is an exp (a declarator or assignment),
    /// except the one that stores <paramref name="division"/> itself: <c>e = e / (1 + e)</c> or <c>e /= 1 + e</c>.
    /// </summary>
    private bool IsExpWrittenBackByItsQuotient(IOperation numerator, IOperation division)
    {
        if (VariableOf(Unwrap(numerator)) is not ILocalSymbol local)
        {
            return false;
        }

        var exps = 0;
        foreach (var write in WritesOf(local))
        {
            if (write.Operation == division || Unwrap(write.Value) == division)
            {
                continue;
            }

            if (write.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation) || ExpOperand(Unwrap(write.Value)) is null)
            {
                return false;
            }

            exps++;
        }

        return exps > 0;
    }

    /// <summary>
    /// The exps of a term of the logistic <paramref name="division"/>. For an exp written back by its own quotient
    /// (<c>e = e / (1 + e)</c>), the exps of its exp writes, evaluated directly: the local's value merges the quotient
    /// too, and a read of it first evaluated inside that quotient's evaluation (from <c>y[i] = e</c>, visited before the
    /// division) is cut to nothing and remembered so.
    /// </summary>
    private IEnumerable<IOperation> LogisticTermExps(IOperation term, IOperation division) =>
        IsExpWrittenBackByItsQuotient(term, division) && VariableOf(Unwrap(term)) is ILocalSymbol local
            ? WritesOf(local).Where(write => write.Operation != division && Unwrap(write.Value) != division).SelectMany(write => Eval(write.Value).Exps)
            : Eval(term).Exps;

    /// <summary>
    /// The value stored into the element <paramref name="read"/> reads when its buffer is written once, at the same
    /// index as read (<c>d[i] = 1 + e[i]</c> read as <c>d[i]</c>); null otherwise.
    /// </summary>
    private IOperation? StoredElementValue(IOperation read)
    {
        if (read is not (IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }) || RootOf(read) is not { } root)
        {
            return null;
        }

        var writes = ElementWritesInto(root).ToList();
        return writes.Count == 1 && writes[0].Operation is ISimpleAssignmentOperation && AppendedElementWrites(root).Count == 0
            && SameValue(writes[0].Target, read) && writes[0].Value is { } value && !Contains(writes[0].Operation, read)
            ? Unwrap(value)
            : null;
    }

    /// <summary>
    /// The exp of a constant (<c>Math.Exp(0.0)</c>, <c>MathF.Exp(C)</c> with <c>C</c> a <c>const</c>), directly or through
    /// a local written once: the constant logit's term of a two-class softmax, positive whatever the constant.
    /// </summary>
    private bool IsExpOfConstant(IOperation term)
    {
        var value = Unwrap(term);
        if (VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            value = Unwrap(writes[0].Value);
        }

        return value is IInvocationOperation call && ExpOperand(call) is { ConstantValue.HasValue: true };
    }
}
