// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Helper parameters passed by reference: <c>ref</c>, <c>out</c>, <c>in</c> and <c>ref readonly</c> float/double
/// parameters are aliased to the caller's storage — a local, an element of y or of a local buffer (or a window of one),
/// a declared <c>out double v</c> / <c>out var v</c>, or a discard <c>out _</c> — as span parameters are aliased to the
/// caller's views. The helper's reads and writes of the parameter are reads and writes of that storage, so the forward
/// is C#'s and the adjoint flows through the alias with no copy. A helper that writes such a parameter runs before its
/// calling statement, so it is called as a statement or as the whole value of one (ForwardRowLowering.HelperStatements.cs).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>Why a by-reference parameter cannot be aliased, or empty: only float and double values are.</summary>
    private static string ReferenceParameterBlocker(IMethodSymbol target)
    {
        IParameterSymbol? bad = target.Parameters.FirstOrDefault(p => p.RefKind != RefKind.None && RealTypeOf(p.Type) is null);
        return bad is null
            ? string.Empty
            : "the " + RefKindText(bad.RefKind) + " parameter '" + bad.Name + "' of type " + bad.Type.ToDisplayString() +
              " (helpers take float or double by ref, out or in; ints and spans by value)";
    }

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Out => "out",
        RefKind.In => "in",
        RefKind.Ref => "ref",
        _ => "ref readonly",
    };

    /// <summary>An <c>out</c> parameter of <paramref name="helper"/>, or a <c>ref</c> one its body writes (or passes on by ref); else null.</summary>
    private static IParameterSymbol? WrittenReferenceParameter(IMethodSymbol helper, IBlockOperation body)
    {
        if (helper.Parameters.FirstOrDefault(p => p.RefKind == RefKind.Out) is { } output)
        {
            return output;
        }

        foreach (IOperation operation in body.Descendants())
        {
            IOperation? written = operation switch
            {
                ISimpleAssignmentOperation simple => simple.Target,
                ICompoundAssignmentOperation compound => compound.Target,
                IIncrementOrDecrementOperation step => step.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };
            if (written is IParameterReferenceOperation { Parameter: { RefKind: RefKind.Ref } parameter } &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, helper))
            {
                return parameter;
            }

            if (operation is IDeconstructionAssignmentOperation { Target: ITupleOperation tuple } &&
                tuple.Elements.OfType<IParameterReferenceOperation>().FirstOrDefault(e => e.Parameter.RefKind == RefKind.Ref &&
                    SymbolEqualityComparer.Default.Equals(e.Parameter.ContainingSymbol, helper)) is { } element)
            {
                return element.Parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// Binds a by-reference parameter to the caller's storage: <c>in</c> and <c>ref readonly</c> to the value read there
    /// (re-read at each use, so a write through another alias is seen, as C# sees it), <c>ref</c> and <c>out</c> to the
    /// place itself. False when the argument is no such place (reported).
    /// </summary>
    private bool BindReference(InlineFrame frame, IParameterSymbol parameter, IOperation argument)
    {
        RealType type = RealTypeOf(parameter.Type)!.Value;
        if (parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter)
        {
            if (Real(argument) is not { } read)
            {
                return false;
            }

            frame.Reals[parameter] = Coerce(read, type);
            return true;
        }

        if (ReferenceTarget(argument, type) is not { } place)
        {
            return false;
        }

        frame.References[parameter] = place;
        frame.Reals[parameter] = place.Read;
        return true;
    }

    /// <summary>The storage a <c>ref</c>/<c>out</c> argument names; a declared <c>out</c> local or a discard is a new local of the row.</summary>
    private AssignmentTarget? ReferenceTarget(IOperation argument, RealType type)
    {
        switch (argument)
        {
            case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation { Local: var declared } }:
                if (RealTypeOf(declared.Type) is not { } declaredType)
                {
                    return null; // the parameter's type: the compiler reports a mismatch
                }

                int id = NewRealLocal(declared.Name, declaredType);
                _realLocals[declared] = id;
                _rejectedLocals.Remove(declared);
                return new AssignmentTarget(declaredType, new RealLocal(declaredType, id), id, null, null);
            case IDiscardOperation:
                int discard = NewRealLocal("discarded", type);
                return new AssignmentTarget(type, new RealLocal(type, discard), discard, null, null);
            default:
                return Target(argument);
        }
    }

    /// <summary>The caller's storage a <c>ref</c>/<c>out</c> parameter of the helper being inlined is aliased to, or null.</summary>
    private AssignmentTarget? InlinedReference(ISymbol symbol) =>
        _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].References.TryGetValue(symbol, out AssignmentTarget? place) ? place : null;
}
