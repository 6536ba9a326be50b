using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A clamp written as a branch: <c>var v = x[c]; if (v &gt; 50) v = 50; else if (v &lt; -50) v = -50; … Math.Exp(v)</c>.
/// After the branch the local is at most a constant, as after <c>Math.Min(v, 50)</c>, so an exp of it cannot overflow
/// (LG0003 treats it as clamped, see <see cref="InvocationValue"/>). Only a read that the branch precedes in the same
/// block, with every other write of the local before the branch, is clamped.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ILocalSymbol, List<IConditionalOperation>> _branchClamps = new(SymbolEqualityComparer.Default);
    private List<IConditionalOperation>? _statementBranches;

    /// <summary>The branch that clamps <paramref name="local"/> from above before <paramref name="read"/>, or null.</summary>
    private IConditionalOperation? BranchClampBefore(ILocalSymbol local, IOperation read)
    {
        if (!_branchClamps.TryGetValue(local, out var clamps))
        {
            // The statement-level branches are collected once: a long method asks for every local it reads.
            _statementBranches ??= _operations.OfType<IConditionalOperation>().Where(branch => branch.Parent is IBlockOperation).ToList();
            clamps = _statementBranches.Where(branch => ClampsFromAbove(branch, local)).ToList();
            _branchClamps[local] = clamps;
        }

        foreach (var clamp in clamps)
        {
            var block = (IBlockOperation)clamp.Parent!;
            if (read.Syntax.SpanStart > clamp.Syntax.Span.End && block.Syntax.Span.Contains(read.Syntax.Span)
                && WritesOf(local).All(write => Contains(clamp, write.Operation) && KeepsConstantBound(write.Value, local)
                    || write.Operation.Syntax.SpanStart < clamp.Syntax.SpanStart && block.Syntax.Span.Contains(write.Operation.Syntax.Span)))
            {
                return clamp;
            }
        }

        return null;
    }

    /// <summary>
    /// A write inside the clamp that keeps the local below a constant: a constant (<c>else if (v &lt; -50) v = -50;</c>), a
    /// scalar <c>Max</c>/<c>Min</c>/<c>Clamp</c> of the local and constants (<c>else v = Math.Max(v, -50);</c>), or a
    /// conditional whose branches are each the local or such a value (<c>else v = v &lt; -50 ? -50 : v;</c>).
    /// </summary>
    private bool KeepsConstantBound(IOperation? value, ILocalSymbol local) =>
        Unwrap(value) switch
        {
            { ConstantValue.HasValue: true } => true,
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                KeepsBoundOrIsTheLocal(conditional.WhenTrue, local) && KeepsBoundOrIsTheLocal(whenFalse, local),
            IInvocationOperation { TargetMethod: { Name: "Max" or "Min" or "Clamp" } method } call when WellKnownSymbols.IsScalarMathFunction(method) =>
                call.Arguments.All(argument => Unwrap(argument.Value) is { ConstantValue.HasValue: true }
                    || Unwrap(argument.Value) is ILocalReferenceOperation { Local: var read } && SymbolEqualityComparer.Default.Equals(read, local)),
            _ => false,
        };

    private bool KeepsBoundOrIsTheLocal(IOperation value, ILocalSymbol local) =>
        Unwrap(value) is ILocalReferenceOperation { Local: var read } && SymbolEqualityComparer.Default.Equals(read, local) || KeepsConstantBound(value, local);

    /// <summary><c>if (v &gt; c) v = c2;</c> (also <c>c &lt; v</c>, <c>≥</c>), constants on both sides.</summary>
    private static bool ClampsFromAbove(IConditionalOperation branch, ILocalSymbol local)
    {
        if (Unwrap(branch.Condition) is not IBinaryOperation comparison)
        {
            return false;
        }

        var above = comparison.OperatorKind switch
        {
            BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => References(comparison.LeftOperand, local) && IsConstant(comparison.RightOperand),
            BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual => References(comparison.RightOperand, local) && IsConstant(comparison.LeftOperand),
            _ => false,
        };
        var assignment = branch.WhenTrue switch
        {
            IBlockOperation { Operations: [IExpressionStatementOperation { Operation: var only }] } => only,
            IExpressionStatementOperation { Operation: var statement } => statement,
            _ => null,
        };
        return above && assignment is ISimpleAssignmentOperation { Target: var target, Value: var value } && References(target, local) && IsConstant(value);

        static bool IsConstant(IOperation operand) => Unwrap(operand)!.ConstantValue.HasValue;
    }
}
