using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Shifts made one call away: <c>double[] shifted = Shift(x)</c>, where a method of the same type (declared in the same
/// file) returns a new buffer whose elements it wrote as <c>x[j] - m</c> (or shifted in place, <c>r[j] -= m</c>). The
/// caller's buffer then holds shifted values; the call stands for the shift. Which maximum the helper subtracted is
/// not followed (a too-wide maximum inside such a helper is not reported), only that it subtracted something.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ISymbol, ValueFacts> _helperShifts = new(SymbolEqualityComparer.Default);

    /// <summary>The shifts a same-type helper made to what it returned into <paramref name="root"/>; empty otherwise.</summary>
    private ValueFacts HelperShiftedContent(ISymbol root)
    {
        if (_helperShifts.TryGetValue(root, out var known))
        {
            return known;
        }

        var facts = ValueFacts.Empty;
        foreach (var write in WritesOf(root))
        {
            if (Unwrap(write.Value) is IInvocationOperation call && ReturnsShiftedBuffer(call))
            {
                facts = facts.With(shifts: facts.Shifts.Add(call));
            }
        }

        _helperShifts[root] = facts;
        return facts;
    }

    private bool ReturnsShiftedBuffer(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (!WellKnownSymbols.IsBuffer(method.ReturnType) || !IsSameTypeHelper(call, method))
        {
            return false;
        }

        return Symbols.ShiftHelpers.GetOrAdd(method, BuildReturnsShifted);
    }

    /// <summary>True when every <c>return</c> of <paramref name="method"/> returns a local whose elements it wrote shifted.</summary>
    private bool BuildReturnsShifted(IMethodSymbol method)
    {
        if (_root.SemanticModel is not { } semanticModel
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax syntax
            || semanticModel.GetOperation(syntax, _cancellationToken) is not IMethodBodyOperation body)
        {
            return false;
        }

        var operations = body.Descendants().ToList();
        var returned = operations.OfType<IReturnOperation>().Select(ret => Unwrap(ret.ReturnedValue)).ToList();
        if (returned.Count == 0 || !returned.All(value => value is ILocalReferenceOperation))
        {
            return false;
        }

        var locals = returned.Select(value => ((ILocalReferenceOperation)value!).Local).ToImmutableHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var shifted = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in operations)
        {
            var (target, isShift) = operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } compound => (compound.Target, !compound.Value.ConstantValue.HasValue),
                ISimpleAssignmentOperation simple => (simple.Target, Unwrap(simple.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract
                    && !subtract.RightOperand.ConstantValue.HasValue),
                _ => (null, false),
            };
            if (isShift && Unwrap(target) is IArrayElementReferenceOperation { ArrayReference: var array } && Unwrap(array) is ILocalReferenceOperation { Local: var local }
                && locals.Contains(local))
            {
                shifted.Add(local);
            }
        }

        return locals.All(shifted.Contains);
    }
}
