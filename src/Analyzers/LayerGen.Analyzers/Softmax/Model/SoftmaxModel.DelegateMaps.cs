using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A call through a delegate whose value the method cannot see — a parameter of the method, of a local function or of a
/// lambda (<c>Func&lt;TElem, double&gt; value</c> in <c>value(sample[k])</c>, <c>Func&lt;T, float&gt; logit</c> in a
/// generic <c>SoftmaxBy&lt;T&gt;</c>), or a delegate local no other reading resolved — is a per-element map of the value
/// it is given: its result carries that argument's element reads, dimensions and shifts, so <c>exp(value(x[k]) - m)</c>
/// is an exp of <c>x</c>'s elements along <c>k</c>, as <c>exp(x[k].Value - m)</c> is. Without this such a call was
/// opaque and the softmax around it had no site (HeldOut94's <c>StaticAbstract_SharedNormaliser</c>, HeldOut83's
/// <c>SoftmaxBy_RawColumns</c>). Only a numeric result of one argument is read this way; an index delegate
/// (<c>Func&lt;int, double&gt;</c> given a loop index) reads elements the method cannot name and stays opaque.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The argument's facts for a call of an unseen delegate (see the type's summary); null for any other call.</summary>
    private ValueFacts? DelegateMapValue(IInvocationOperation call)
    {
        if (call is not { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Arguments: [var argument], Instance: { } instance }
            || !WellKnownSymbols.IsNumeric(call.Type) || argument.Parameter is not { RefKind: RefKind.None }
            || Unwrap(instance) is not (IParameterReferenceOperation or ILocalReferenceOperation { Local.Type.TypeKind: TypeKind.Delegate }))
        {
            return null;
        }

        var facts = Eval(argument.Value);

        // Only an element read passes through (an integer index, a constant or an unknown value stays opaque).
        return facts.RawRoots.IsEmpty || facts.IsOpaque ? null : facts;
    }
}
