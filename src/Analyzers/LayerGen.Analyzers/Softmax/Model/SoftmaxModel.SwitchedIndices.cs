using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An index function whose body is a <c>switch</c> expression on a layout value, <c>int Index(int c, int b) =&gt; order
/// switch { ClassMajor =&gt; c * batch + b, SampleMajor =&gt; b * classes + c, _ =&gt; throw … }</c>: when the value is
/// known at the call (a constant argument, a constant or a local holding one constant) the index is the arm it picks;
/// when it is not, the index is known only if every arm that does not throw gives the same one. The arm is chosen by
/// the one reading of branches under known values (<see cref="KnownArguments"/>): an arm with a guard or a pattern it
/// cannot decide makes the choice unknown.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The index <paramref name="selection"/> gives in the caller's terms (see the type remarks); null when unknown.</summary>
    private LinearIndex? SwitchedIndex(ISwitchExpressionOperation selection, IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol? callee)
    {
        if (selection is { Syntax: SwitchExpressionSyntax syntax, SemanticModel: { } model } && model.SyntaxTree == syntax.SyntaxTree
            && KnownAtCall(arguments, callee, model) is var known && known.IsKnown(syntax.GoverningExpression))
        {
            // Known here: the arm it picks, if any does (an arm's guard or an undecidable pattern leaves the index unknown).
            return known.Arm(syntax) is { } taken && selection.Arms.FirstOrDefault(arm => arm.Syntax == taken) is { } picked
                && Unwrap(picked.Value) is not IThrowOperation
                    ? SubstitutedIndex(picked.Value, arguments, callee)
                    : null;
        }

        // Not known here: one index only when every arm that yields one agrees.
        LinearIndex? agreed = null;
        foreach (var arm in selection.Arms)
        {
            if (Unwrap(arm.Value) is IThrowOperation)
            {
                continue;
            }

            if (SubstitutedIndex(arm.Value, arguments, callee) is not { } index || agreed is not null && !SameIndex(agreed, index))
            {
                return null;
            }

            agreed = index;
        }

        return agreed;
    }

    /// <summary>
    /// The constants an index function's body has at the call: the callee's parameters given constant arguments, and a
    /// variable whose only write stores a constant (<c>Order order = Order.ClassMajor; … order switch { … }</c>, or
    /// <c>Order order; order = Order.ClassMajor;</c>: any one write, <see cref="SingleDefinition(ISymbol)"/>, not only a
    /// declaration's, <see cref="SingleDefinitionValue"/>).
    /// </summary>
    private KnownArguments KnownAtCall(IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol? callee, SemanticModel model)
    {
        var constants = new Dictionary<int, object>();
        foreach (var pair in arguments)
        {
            if (StoredConstant(pair.Value) is { } passed)
            {
                constants[pair.Key] = passed;
            }
        }

        return new KnownArguments(callee, constants, model, _cancellationToken, otherValue: operand =>
            model.GetOperation(operand, _cancellationToken) is { } read && VariableOf(read) is { } variable
            && SingleDefinition(variable) is { } only
                ? StoredConstant(only)
                : null);
    }

    /// <summary>
    /// The constant <paramref name="value"/> stores: as converted to where it is stored (<c>Index(1, …)</c> passes 1.0 to
    /// a double parameter; <c>(float)0.1</c> is 0.1f, not 0.1), else past conversions (a boxed or nullable constant).
    /// </summary>
    private static object? StoredConstant(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } converted } ? converted
            : Unwrap(value)?.ConstantValue is { HasValue: true, Value: { } unwrapped } ? unwrapped
            : null;
}
