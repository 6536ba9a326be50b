using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An index function whose body is a <c>switch</c> expression on a layout value, <c>int Index(int c, int b) =&gt; order
/// switch { ClassMajor =&gt; c * batch + b, SampleMajor =&gt; b * classes + c, _ =&gt; throw … }</c>: when the value is
/// known at the call (a constant argument, a constant or a local holding one constant) the index is the arm it picks;
/// when it is not, the index is known only if every arm that does not throw gives the same one. Arms with guards or
/// patterns other than constants and discards make the choice unknown.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The index <paramref name="selection"/> gives in the caller's terms (see the type remarks); null when unknown.</summary>
    private LinearIndex? SwitchedIndex(ISwitchExpressionOperation selection, IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol? callee)
    {
        if (KnownSwitchValue(selection.Value, arguments, callee) is { HasValue: true } known)
        {
            foreach (var arm in selection.Arms)
            {
                if (arm.Guard is not null)
                {
                    return null;
                }

                switch (arm.Pattern)
                {
                    case IDiscardPatternOperation:
                    case IConstantPatternOperation { Value.ConstantValue: { HasValue: true } constant } when Equals(constant.Value, known.Value):
                        return Unwrap(arm.Value) is IThrowOperation ? null : SubstitutedIndex(arm.Value, arguments, callee);
                    case IConstantPatternOperation { Value.ConstantValue.HasValue: true }:
                        continue;
                    default:
                        return null;
                }
            }

            return null;
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
    /// The constant a switch's governing value has at the call: a constant, the callee's parameter given a constant
    /// argument, or a variable whose only write stores a constant; no value otherwise.
    /// </summary>
    private Optional<object?> KnownSwitchValue(IOperation value, IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol? callee)
    {
        value = Unwrap(value)!;
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue;
        }

        if (value is IParameterReferenceOperation { Parameter: var parameter } && callee is not null && IsParameterOf(parameter, callee))
        {
            return arguments.TryGetValue(parameter.Ordinal, out var argument) && Unwrap(argument)?.ConstantValue is { HasValue: true } passed
                ? passed
                : default;
        }

        // Order order = Order.ClassMajor; … order switch { … }: a variable of the method written once with a constant.
        return VariableOf(value) is { } variable && WritesOf(variable) is [{ Value: { } only }] && Unwrap(only)?.ConstantValue is { HasValue: true } stored
            ? stored
            : default;
    }
}
