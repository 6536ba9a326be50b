using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>What a delegate argument passes: a method group or a lambda, written in place or held by a delegate local.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The operand past conversions, delegate creations and the address-of of a method (<c>&amp;MathF.Exp</c>, a function
    /// pointer's value): a method reference, a lambda, or a delegate local's read.
    /// </summary>
    private static IOperation? PastDelegateCreation(IOperation? value)
    {
        value = Unwrap(value);
        while (true)
        {
            switch (value)
            {
                case IDelegateCreationOperation creation:
                    value = Unwrap(creation.Target);
                    break;
                case IAddressOfOperation { Reference: IMethodReferenceOperation method }:
                    // &MathF.Exp, a function pointer's address: the method it calls (PointerCalls.cs).
                    value = method;
                    break;
                default:
                    return value;
            }
        }
    }

    /// <summary>
    /// The value a delegate local read as <paramref name="value"/> was assigned once (<c>Func&lt;double, double&gt; f =
    /// Math.Exp</c>), unless that value contains <paramref name="argument"/> itself; null for anything else.
    /// </summary>
    private IOperation? OnceAssignedDelegate(IOperation? value, IOperation argument) =>
        value is ILocalReferenceOperation { Local: { } local } && local.Type?.TypeKind == TypeKind.Delegate
        && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } assigned && !Contains(assigned, argument)
            ? assigned
            : null;
}
