using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A score helper of this file that returns one arithmetic expression of its parameters (<c>static double Combined(Scored h,
/// double a, double b) =&gt; a * h.Acoustic + b * h.Lm</c>): its value at a call is the values of the arguments it reads,
/// so <c>exp(Combined(list[h], a, b) - best)</c> exponentiates <c>list</c>'s elements along the loops that pick them,
/// in lambdas too (where calls are not inlined, see <see cref="HelperInliner"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IMethodSymbol, bool> _arithmeticHelpers = new(SymbolEqualityComparer.Default);

    /// <summary>The facts of a call of an arithmetic helper (<see cref="IsArithmeticHelper"/>): those of its arguments; null for any other call.</summary>
    private ValueFacts? ArithmeticHelperValue(IInvocationOperation call)
    {
        if (!WellKnownSymbols.IsNumeric(call.Type) || call.Arguments.Length == 0 || !IsArithmeticHelper(call.TargetMethod.OriginalDefinition))
        {
            return null;
        }

        var facts = ValueFacts.Empty;
        foreach (var argument in call.Arguments)
        {
            facts = facts.Merge(Eval(argument.Value));
        }

        return facts;
    }

    /// <summary>
    /// True for an ordinary method of this file whose body is one returned expression built only from its parameters,
    /// their fields and properties, constants and arithmetic: no call, no state, so its value is a function of its arguments.
    /// </summary>
    private bool IsArithmeticHelper(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        if (_arithmeticHelpers.TryGetValue(method, out var known))
        {
            return known;
        }

        _arithmeticHelpers[method] = false;
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var returned = syntax is MethodDeclarationSyntax declaration && IsInSource(syntax.SyntaxTree)
            ? declaration.ExpressionBody?.Expression
                ?? (declaration.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax only ? only.Expression : null)
            : null;
        var operation = returned is null ? null : ModelFor(returned.SyntaxTree)?.GetOperation(returned, _cancellationToken);
        var isHelper = operation is not null && IsArithmeticOfParameters(operation);
        _arithmeticHelpers[method] = isHelper;
        return isHelper;
    }

    private static bool IsArithmeticOfParameters(IOperation expression)
    {
        var readsParameter = false;
        foreach (var operation in expression.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILiteralOperation or IConversionOperation or IParenthesizedOperation or IUnaryOperation or IBinaryOperation:
                    continue;
                case IParameterReferenceOperation:
                    readsParameter = true;
                    continue;
                case IFieldReferenceOperation { Instance: IParameterReferenceOperation } or IPropertyReferenceOperation { Property.IsIndexer: false, Instance: IParameterReferenceOperation }:
                    continue;
                case IFieldReferenceOperation { Field.IsConst: true }:
                    continue;
                default:
                    return false;
            }
        }

        return readsParameter;
    }
}
