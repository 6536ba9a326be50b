using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Buffers of records (<see cref="WellKnownSymbols.IsRecordBuffer"/>): <c>c.Logit</c> of <c>foreach (ref TokenData c in
/// span)</c>, <c>c.Score</c> of <c>nBest.Select(c =&gt; …)</c>, <c>items[i].Value</c>, a deconstructed tuple element. A
/// numeric member of an element is read as that element (same buffer, same dimensions) plus whatever the method writes
/// into the member (<c>c.P = MathF.Exp(c.Logit)</c> makes every <c>c.P</c> an exp). Members are not told apart: a
/// softmax over one member of a record is the only softmax a buffer of records holds in practice.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The facts of <c>element.Member</c> when <c>element</c> is an element of a buffer of records; null otherwise.</summary>
    private ValueFacts? MemberOfElement(IOperation member)
    {
        var instance = member switch
        {
            IFieldReferenceOperation { Field.IsStatic: false } field => Unwrap(field.Instance),
            IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } } property => Unwrap(property.Instance),
            _ => null,
        };
        if (instance is null || !WellKnownSymbols.IsNumeric(member.Type) || !WellKnownSymbols.IsRecord(instance.Type))
        {
            return null;
        }

        // The element: a foreach variable or lambda parameter over a buffer of records, or an element access of one.
        var element = Eval(instance);
        if (element.RawRoots.Count == 0 && element.Dims.Count == 0)
        {
            return null;
        }

        return element.Merge(VariableValue(VariableOf(member)!, member));
    }
}
