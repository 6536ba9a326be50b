using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Terms of an exponent that cancel (ShiftForms.cs): <c>x - m + m</c>, or <c>x - m + m2</c> with <c>m2 = m</c> a copy
/// that still holds <c>m</c>'s value where the exp reads it, subtract nothing (<c>exp(x)</c>, raw). A copy counts only
/// when no write of its source reaches the read without passing the copy (the source unchanged since).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>At most this many copies are followed back to their source.</summary>
    private const int MaxCopyDepth = 4;

    /// <summary>The structural key of <paramref name="atom"/> after following copies (<c>m2 = m</c>) that still hold their source.</summary>
    private string CancellationKey(IOperation atom)
    {
        var current = Unwrap(atom)!;
        for (var depth = 0; depth < MaxCopyDepth; depth++)
        {
            if (current is not ILocalReferenceOperation { Local: var local } || WritesOf(local) is not { Count: 1 } writes
                || writes[0].Operation is not IVariableDeclaratorOperation declarator
                || Unwrap(writes[0].Value) is not { } source || source is not (ILocalReferenceOperation or IParameterReferenceOperation)
                || VariableOf(source) is not { } copied)
            {
                break;
            }

            var kills = new IOperation[] { declarator };
            foreach (var write in WritesOf(copied))
            {
                if (Flow.Reaches(write.Operation, atom, kills))
                {
                    return AtomKey(current);
                }
            }

            current = source;
        }

        return AtomKey(current);
    }
}
