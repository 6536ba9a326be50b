using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Expression helpers for the loss and backward patterns (LG0005–LG0007): which loops an operand reads
/// probabilities through, the factors of a product, the same value written twice, upstream gradients.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Loop → dimensions for every probability the operand reads directly (an element of a probability buffer, or a
    /// local holding one); accumulators (<c>dot</c>, <c>sum</c>) and values inside calls do not count.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> ProbabilityLoops(IOperation operand)
    {
        var result = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        foreach (var read in DirectReads(operand))
        {
            if (IsProbabilityValue(read))
            {
                result = ValueFacts.MergeDims(result, Eval(read).Dims);
            }
        }

        return result;
    }

    /// <summary>The element, local, parameter and field reads of an arithmetic expression (not inside calls or indices).</summary>
    private static IEnumerable<IOperation> DirectReads(IOperation operand)
    {
        var pending = new Stack<IOperation>();
        pending.Push(operand);
        while (pending.Count > 0)
        {
            var current = Unwrap(pending.Pop())!;
            switch (current)
            {
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
                    or ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                    yield return current;
                    break;
                case IBinaryOperation binary:
                    pending.Push(binary.LeftOperand);
                    pending.Push(binary.RightOperand);
                    break;
                case IUnaryOperation unary:
                    pending.Push(unary.Operand);
                    break;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    pending.Push(conditional.WhenTrue);
                    pending.Push(whenFalse);
                    break;
            }
        }
    }

    /// <summary>A read whose value is a softmax probability (not a sum or max folded from probabilities).</summary>
    private bool IsProbabilityValue(IOperation read)
    {
        read = Unwrap(read)!;
        if (VariableOf(read) is { } variable && (IsAccumulator(variable) || WellKnownSymbols.IsBuffer(read.Type)))
        {
            return false;
        }

        return Eval(read).IsProbability || IsHelperResultElement(read);
    }

    /// <summary><c>Softmax(x)[k]</c>: an element of the buffer a same-type helper returns with probabilities in it.</summary>
    private bool IsHelperResultElement(IOperation read) =>
        read is IArrayElementReferenceOperation { ArrayReference: var array } && Unwrap(array) is IInvocationOperation call
        && ProbabilityHelperModel(call) is { } helper && helper.ReturnedContent().IsProbability;

    /// <summary>The factors of a product chain (<c>dy[i] * y[i] * (1 - y[i])</c> → three), through parentheses and conversions.</summary>
    private static List<IOperation> Factors(IOperation product) => ChainOperands(product, BinaryOperatorKind.Multiply);

    /// <summary>The terms of a sum chain (<c>ea + eb + ec</c> → three), through parentheses and conversions.</summary>
    private static List<IOperation> Terms(IOperation sum) => ChainOperands(sum, BinaryOperatorKind.Add);

    /// <summary>The operands of a chain of one binary operator, left to right, through parentheses and conversions.</summary>
    private static List<IOperation> ChainOperands(IOperation chain, BinaryOperatorKind kind)
    {
        var operands = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(chain);
        while (pending.Count > 0)
        {
            var current = Unwrap(pending.Pop())!;
            if (current is IBinaryOperation binary && binary.OperatorKind == kind)
            {
                pending.Push(binary.RightOperand);
                pending.Push(binary.LeftOperand);
            }
            else
            {
                operands.Add(current);
            }
        }

        return operands;
    }

    /// <summary>The outermost product containing <paramref name="operation"/> as a factor (itself when it is not one).</summary>
    private static IOperation ProductAround(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IParenthesizedOperation or IConversionOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply })
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The same value written twice: the same variable, or the same element text (<c>y[i]</c> and <c>y[ i ]</c>).</summary>
    private static bool SameValue(IOperation first, IOperation second)
    {
        first = Unwrap(first)!;
        second = Unwrap(second)!;
        if (VariableOf(first) is { } a && VariableOf(second) is { } b)
        {
            return SymbolEqualityComparer.Default.Equals(a, b);
        }

        return first.Kind == second.Kind && Compact(first.Syntax.ToString()) == Compact(second.Syntax.ToString());
    }

    private static string Compact(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>The constant 1 (<c>1</c>, <c>1.0</c>, <c>1f</c>, <c>T.One</c>, <c>T.CreateChecked(1)</c>).</summary>
    private static bool IsOne(IOperation operation)
    {
        operation = Unwrap(operation)!;
        if (operation.ConstantValue is { HasValue: true, Value: { } value })
        {
            return value is double or float or int or long or decimal && System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) == 1.0;
        }

        return operation switch
        {
            IPropertyReferenceOperation { Property: { Name: "One", IsStatic: true } } => true,
            IInvocationOperation { TargetMethod.Name: "CreateChecked" or "CreateTruncating" or "CreateSaturating", Arguments.Length: 1 } create => IsOne(create.Arguments[0].Value),
            _ => false,
        };
    }

    /// <summary><c>1 - p</c> with <paramref name="probability"/> the same value as p.</summary>
    private static bool IsOneMinus(IOperation operation, IOperation probability) =>
        Unwrap(operation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract
        && IsOne(subtract.LeftOperand) && SameValue(subtract.RightOperand, probability);

    /// <summary>An upstream gradient factor: not a constant, not derived from a probability.</summary>
    private bool IsGradientFactor(IOperation factor)
    {
        factor = Unwrap(factor)!;
        return !factor.ConstantValue.HasValue && !IsOne(factor) && !Eval(factor).IsProbability && ProbabilityLoops(factor).Count == 0;
    }

    /// <summary>True when two loops read the same data axis (their dimensions share a class).</summary>
    private bool SameAxis(ImmutableHashSet<DimensionAtom> first, ImmutableHashSet<DimensionAtom> second) =>
        Classes.Classes(first).Overlaps(Classes.Classes(second));

    /// <summary><c>i == j</c> where both sides are loop variables (or locals/parameters) of integer type.</summary>
    private static bool IsIndexEquality(IOperation? condition) =>
        Unwrap(condition) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals
        && VariableOf(equals.LeftOperand) is ILocalSymbol or IParameterSymbol && VariableOf(equals.RightOperand) is ILocalSymbol or IParameterSymbol
        && equals.LeftOperand.Type?.SpecialType == SpecialType.System_Int32;

    /// <summary>True when <paramref name="operation"/> only runs when two indices are equal (the Jacobian's diagonal branch).</summary>
    private bool OnDiagonalBranch(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent && current != _root; current = parent)
        {
            if (parent is IConditionalOperation conditional && IsIndexEquality(conditional.Condition) && current == conditional.WhenTrue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The loops the index of an element target depends on, one set per index position.</summary>
    private List<HashSet<IOperation>> IndexLoops(IOperation target)
    {
        var result = new List<HashSet<IOperation>>();
        switch (Unwrap(target))
        {
            case IArrayElementReferenceOperation element:
                if (Unwrap(element.ArrayReference) is IArrayElementReferenceOperation outer)
                {
                    result.AddRange(IndexLoops(outer));
                }

                foreach (var index in element.Indices)
                {
                    result.Add(new HashSet<IOperation>(Linear(index).Terms.Keys));
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                foreach (var argument in indexer.Arguments)
                {
                    result.Add(new HashSet<IOperation>(Linear(argument.Value).Terms.Keys));
                }

                break;
            case var call when AccessorParts(call) is var (_, arguments):
                // z.Cell(c, b): the caller's index arguments, as an indexer's (RefAccessors.cs).
                foreach (var argument in arguments)
                {
                    result.Add(new HashSet<IOperation>(Linear(argument).Terms.Keys));
                }

                break;
        }

        return result;
    }
}
