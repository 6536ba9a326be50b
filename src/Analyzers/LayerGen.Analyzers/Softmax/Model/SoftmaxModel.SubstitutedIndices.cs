using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An index written in a callee's body, read in the caller's terms: a static helper's returned index
/// (<c>Idx(b, c, classes)</c>, CalledIndices.cs) and the element index of a user indexer's getter (<c>this[k, j]</c>,
/// UserIndexers.cs) become loops times strides with each of the callee's parameters replaced by the caller's argument
/// and each local of the body by its only definition. A local function's captured variables are the caller's own.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="index"/>, an expression of a callee's body, as loops times strides in the caller's terms; null where
    /// a parameter or a local stands anywhere but in a sum, difference or product, or a call is read (its meaning in the
    /// callee's terms is not the caller's). <paramref name="callee"/>, when given, is the method whose parameters are
    /// replaced (a parameter of any other symbol is not); a getter's body reads only its own.
    /// </summary>
    private LinearIndex? SubstitutedIndex(IOperation index, IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol? callee, IOperation? receiver = null)
    {
        index = Unwrap(index)!;
        switch (index)
        {
            case IMemberReferenceOperation { Member: var member, Instance: var owner } when receiver is not null && Unwrap(owner) is IInstanceReferenceOperation:
                // i * S0 + j * S1 of a receiver built as new(buffer, rows, cols, cols, 1): each member as it was built, or
                // no index (a member of unknown value names another stride per receiver; ReceiverConstructions.cs).
                return ConstructedMember(receiver, member.OriginalDefinition) is { } built ? Linear(built) : null;
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } owner }
                when callee is not null && SymbolEqualityComparer.Default.Equals(owner.ContainingType?.OriginalDefinition, callee.ContainingType?.OriginalDefinition):
                // c * batch + b in a member of a type with a primary constructor (T(double[] data, int batch)): batch is the
                // instance's size, captured like a field.
                return Linear(index);
            case IParameterReferenceOperation or ILocalReferenceOperation when IsCapturedBy(index, callee):
                // batch of int Index(int c, int b) => c * batch + b: the enclosing method's variable, as the caller reads it.
                return Linear(index) is { IsLoopFree: true } captured ? captured : null;
            case ISwitchExpressionOperation selection:
                // order switch { ClassMajor => c * batch + b, … }: the arm a value known at the call picks (SwitchedIndices.cs).
                return SwitchedIndex(selection, arguments, callee);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return (callee is null || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, callee))
                    && arguments.TryGetValue(parameter.Ordinal, out var argument)
                    ? Linear(argument)
                    : null;
            case ILocalReferenceOperation { Local: var local }:
                return OnlyDefinitionInBody(local) is { } definition ? SubstitutedIndex(definition, arguments, callee, receiver) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary:
                if (SubstitutedIndex(binary.LeftOperand, arguments, callee, receiver) is not { } left || SubstitutedIndex(binary.RightOperand, arguments, callee, receiver) is not { } right)
                {
                    return null;
                }

                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add => left.Add(right),
                    BinaryOperatorKind.Subtract => left.Add(Negate(right)),
                    _ => left.Multiply(right),
                };
            default:
                // A constant or a loop-free size; anything reading a parameter or a local otherwise (a conditional, a field write) is no index we can place.
                return index.DescendantsAndSelf().Any(operation => operation is IParameterReferenceOperation or ILocalReferenceOperation or IInvocationOperation
                    || receiver is not null && operation is IInstanceReferenceOperation)
                    ? null
                    : Linear(index);
        }
    }

    /// <summary>
    /// True when <paramref name="read"/> is a local function's read of a variable of the method around it (declared
    /// outside the function's own syntax): the caller, in that method, reads the same variable.
    /// </summary>
    private static bool IsCapturedBy(IOperation read, IMethodSymbol? callee)
    {
        if (callee is not { MethodKind: MethodKind.LocalFunction, DeclaringSyntaxReferences: [var function] } || VariableOf(read) is not { } variable
            || variable.DeclaringSyntaxReferences is not [var declared] || declared.SyntaxTree != function.SyntaxTree)
        {
            return false;
        }

        return !function.Span.Contains(declared.Span);
    }

    /// <summary>The initializer of a helper body's local declared once with a value and never assigned again; else null.</summary>
    private IOperation? OnlyDefinitionInBody(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var value } declarator
            || declarator.Ancestors().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault() is not { } body
            || body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == local.Name && IsWritten(name))
            || ModelFor(declarator.SyntaxTree) is not { } model || model.SyntaxTree != declarator.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(value, _cancellationToken);
    }

    private static bool IsWritten(IdentifierNameSyntax name) => name.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == name,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
        ArgumentSyntax { RefKindKeyword.ValueText: "ref" or "out" } => true,
        _ => false,
    };
}
