using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>The online softmax's running sum: rescaled to a new maximum (<c>s * exp(mOld - mNew)</c>), and cleared when that maximum restarts at −∞.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <c>s * exp(mOld - mNew)</c> (either order, or <c>s * scale</c> with <c>scale</c> a local holding such an exp): the
    /// running sum of an online softmax moved to a new maximum. Only an exp factor counts; <c>s * 0.9f</c> is a decay.
    /// </summary>
    private bool IsRescaled(IOperation? operation, ISymbol target) => RescaleFactor(operation, target) is not null;

    /// <summary>The exp factor of <c>s * exp(mOld - mNew)</c> (either order), or null.</summary>
    private IOperation? RescaleFactor(IOperation? operation, ISymbol target)
    {
        if (Unwrap(operation) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            return null;
        }

        if (ReadsTarget(product.LeftOperand, target) && IsExpFactor(product.RightOperand, target))
        {
            return product.RightOperand;
        }

        return ReadsTarget(product.RightOperand, target) && IsExpFactor(product.LeftOperand, target) ? product.LeftOperand : null;
    }

    /// <summary>
    /// Where an online softmax's running maximum restarts at −∞ (or <c>MinValue</c>): the next rescale of its sum,
    /// <c>s * exp(mOld - mNew)</c>, multiplies by <c>exp(−∞) = 0</c>, so such a restart resets the sum too.
    /// </summary>
    private IEnumerable<IOperation> RescaleClears(ISymbol target)
    {
        foreach (var write in WritesOf(target))
        {
            if (RescaleExponent(target, write.Operation, write.Value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                || VariableOf(difference.LeftOperand) is not ILocalSymbol old)
            {
                continue;
            }

            foreach (var start in WritesOf(old))
            {
                if (start.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
                    && Unwrap(start.Value) is { ConstantValue: { HasValue: true, Value: { } value } } && IsVanishingStart(value))
                {
                    yield return start.Operation;
                }
            }
        }
    }

    /// <summary>
    /// The exponent of the exp factor a write rescales <paramref name="target"/> by (<c>mOld - mNew</c> of
    /// <c>s *= exp(mOld - mNew)</c>, of <c>s = s * exp(mOld - mNew) + e</c>), seen through locals assigned once; null
    /// for any other write.
    /// </summary>
    private IOperation? RescaleExponent(ISymbol target, IOperation write, IOperation? value)
    {
        var factor = write switch
        {
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply } compound when IsExpFactor(compound.Value, target) => compound.Value,
            ISimpleAssignmentOperation or IDeconstructionAssignmentOperation => CopiedValue(value, target) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
                ? RescaleFactor(add.LeftOperand, target) ?? RescaleFactor(add.RightOperand, target)
                : RescaleFactor(CopiedValue(value, target), target),
            _ => null,
        };
        return SingleDefinition(factor) is IInvocationOperation exp && (ExpOperand(exp) ?? (exp.Arguments.Length == 1 ? exp.Arguments[0].Value : null)) is { } exponent
            ? SingleDefinition(exponent)
            : null;
    }

    /// <summary>
    /// True when some running sum is rescaled by an exp whose exponent reads <paramref name="max"/>
    /// (<c>s = s * exp(max - v) + 1</c>, <c>s *= exp(mOld - max)</c>): the online softmax keeps that sum shifted by the
    /// maximum so far, so the two read together at one step of the walk are one prefix's log-sum-exp.
    /// </summary>
    private bool RescalesAgainst(ISymbol max)
    {
        foreach (var pair in _variableWrites)
        {
            if (SymbolEqualityComparer.Default.Equals(pair.Key, max))
            {
                continue;
            }

            foreach (var write in pair.Value)
            {
                if (RescaleExponent(pair.Key, write.Operation, write.Value) is { } exponent && exponent.DescendantsAndSelf().Any(read => ReadsRunningMax(read, max)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The value itself, or what a local assigned once holds (<c>var d = mOld - mNew; exp(d)</c> reads <c>mOld - mNew</c>).</summary>
    private IOperation? SingleDefinition(IOperation? operation)
    {
        operation = Unwrap(operation);
        return VariableOf(operation) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes ? Unwrap(writes[0].Value) : operation;
    }

    /// <summary>
    /// The value a write stores, seen through one temporary assigned once (<c>dNew = d * scale + e; d = dNew</c>), so
    /// a rescale copied back is a rescale.
    /// </summary>
    private IOperation? CopiedValue(IOperation? value, ISymbol target)
    {
        value = Unwrap(value);
        return VariableOf(value) is ILocalSymbol temporary && !SymbolEqualityComparer.Default.Equals(temporary, target)
            && WritesOf(temporary) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
            ? Unwrap(writes[0].Value)
            : value;
    }

    /// <summary>−∞ or a huge negative sentinel (<c>MinValue</c>, −1e30): exp of it minus any value is 0.</summary>
    private static bool IsVanishingStart(object value)
    {
        try
        {
            var number = System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            return double.IsNegativeInfinity(number) || number <= -1e30;
        }
        catch (System.Exception exception) when (exception is System.InvalidCastException or System.FormatException or System.OverflowException)
        {
            return false;
        }
    }

    /// <summary>A write that rescales an online softmax's running sum in place (<c>s *= exp(mOld - mNew)</c>, <c>s = s * scale</c>): neither a fold nor a reset.</summary>
    private bool IsRescale(ISymbol target, IOperation write, IOperation? value) => write switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply } compound => IsExpFactor(compound.Value, target),
        ISimpleAssignmentOperation or IDeconstructionAssignmentOperation => IsRescaled(CopiedValue(value, target), target),
        _ => false,
    };

    /// <summary>An exp call (or a local assigned once from one) that does not read <paramref name="target"/>: checked on syntax and symbols only, no value facts.</summary>
    private bool IsExpFactor(IOperation? operation, ISymbol target)
    {
        var factor = Unwrap(operation);
        if (VariableOf(factor) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes)
        {
            factor = Unwrap(writes[0].Value);
        }

        return factor is IInvocationOperation call && (Symbols.IsExp(call.TargetMethod) || Symbols.IsPow(call.TargetMethod)) && ExpOperand(call) is { } exponent
            && !exponent.DescendantsAndSelf().Any(read => References(read, target));
    }
}
