using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An integer index computed by a call whose body this file holds: <c>x[Idx(b, c, classes)]</c> with
/// <c>static int Idx(int b, int c, int classes) =&gt; b * classes + c</c> reads as <c>x[b * classes + c]</c>, the body's
/// returned expression with each parameter replaced by the caller's argument (as a user indexer's getter, UserIndexers.cs).
/// A static abstract interface member called on a type parameter (<c>TLayout.Index(b, c, …)</c>) reads so only when
/// every implementation in the file returns the same index; two layouts that map a cell differently give the call no
/// one meaning, and it stays an index of no known axis (<see cref="LinearIndex.Opaque"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxCalledIndexImplementations = 8;

    private readonly HashSet<IMethodSymbol> _calledIndicesInProgress = new(SymbolEqualityComparer.Default);

    /// <summary>The index <paramref name="call"/> returns, with the caller's arguments; null when it cannot be read as one.</summary>
    private LinearIndex? CalledIndex(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (!method.IsStatic || !IsIndexType(call.Type) || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.IsParams)
            || call.Arguments.Any(argument => argument.Parameter is null || argument.ArgumentKind != ArgumentKind.Explicit && argument.ArgumentKind != ArgumentKind.DefaultValue)
            || CalledIndexImplementations(method) is not { Count: > 0 } implementations || !_calledIndicesInProgress.Add(method))
        {
            return null;
        }

        try
        {
            var arguments = call.Arguments.ToDictionary(argument => argument.Parameter!.Ordinal, argument => argument.Value);
            LinearIndex? result = null;
            foreach (var implementation in implementations)
            {
                if (ReturnedIndex(implementation) is not { } returned || SubstitutedIndex(returned, arguments, implementation) is not { } index
                    || result is not null && !SameIndex(result, index))
                {
                    return null;
                }

                result = index;
            }

            return result;
        }
        finally
        {
            _calledIndicesInProgress.Remove(method);
        }
    }

    /// <summary>
    /// The methods a static call runs: the method itself, or for a static abstract interface member every
    /// implementation declared in this file (null when one is declared elsewhere or the interface is not in source).
    /// </summary>
    private List<IMethodSymbol>? CalledIndexImplementations(IMethodSymbol method)
    {
        if (!_calledIndexImplementations.TryGetValue(method, out var implementations))
        {
            implementations = FindCalledIndexImplementations(method);
            _calledIndexImplementations[method] = implementations;
        }

        return implementations;
    }

    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>?> _calledIndexImplementations = new(SymbolEqualityComparer.Default);

    private List<IMethodSymbol>? FindCalledIndexImplementations(IMethodSymbol method)
    {
        if (!method.IsAbstract && !method.IsVirtual)
        {
            return method.MethodKind == MethodKind.Ordinary ? new List<IMethodSymbol> { method } : null;
        }

        if (method.ContainingType is not { TypeKind: TypeKind.Interface } contract || SourceModel is not { } model
            || !contract.DeclaringSyntaxReferences.Any())
        {
            return null;
        }

        var found = new List<IMethodSymbol>();
        foreach (var type in AllSourceTypes(model.Compilation.Assembly.GlobalNamespace))
        {
            if (!type.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default))
            {
                continue;
            }

            if (type.FindImplementationForInterfaceMember(method) is not IMethodSymbol implementation || implementation.IsAbstract
                || found.Count >= MaxCalledIndexImplementations)
            {
                return null;
            }

            found.Add(implementation);
        }

        return found;
    }

    private static IEnumerable<INamedTypeSymbol> AllSourceTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                if (nested is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (var inner in AllSourceTypes(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The expression <paramref name="method"/> returns: its expression body or its only <c>return e;</c> statement, bound in this file.</summary>
    private IOperation? ReturnedIndex(IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree)
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax declaration
            || ModelFor(declaration.SyntaxTree) is not { } model || model.SyntaxTree != declaration.SyntaxTree)
        {
            return null;
        }

        var returned = declaration.ExpressionBody?.Expression
            ?? (declaration.Body?.Statements is [.., ReturnStatementSyntax { Expression: { } value }] statements
                && statements.Take(statements.Count - 1).All(statement => statement is LocalDeclarationStatementSyntax) ? value : null);
        return returned is null ? null : model.GetOperation(returned, _cancellationToken);
    }

    /// <summary>
    /// <paramref name="index"/>, an expression of <paramref name="method"/>'s body, as loops times strides with each
    /// parameter replaced by the caller's argument and each local by its only definition; null where a parameter or a
    /// local stands anywhere but in a sum, difference or product.
    /// </summary>
    private LinearIndex? SubstitutedIndex(IOperation index, IReadOnlyDictionary<int, IOperation> arguments, IMethodSymbol method)
    {
        index = Unwrap(index)!;
        switch (index)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method) && arguments.TryGetValue(parameter.Ordinal, out var argument)
                    ? Linear(argument)
                    : null;
            case ILocalReferenceOperation { Local: var local }:
                return OnlyDefinitionInBody(local) is { } definition ? SubstitutedIndex(definition, arguments, method) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary:
                if (SubstitutedIndex(binary.LeftOperand, arguments, method) is not { } left || SubstitutedIndex(binary.RightOperand, arguments, method) is not { } right)
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
                return index.DescendantsAndSelf().Any(operation => operation is IParameterReferenceOperation or ILocalReferenceOperation or IInvocationOperation)
                    ? null
                    : Linear(index);
        }
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
