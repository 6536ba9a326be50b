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
/// one meaning, and it stays an index of no known axis (<see cref="LinearIndex.Opaque"/>). A local function
/// (<c>int Index(int c, int b) =&gt; c * batch + b</c>, its captured <c>batch</c> read as the caller reads it) and a
/// private helper of this instance read the same way; a <c>switch</c> body chooses its arm by a value known at the call
/// (SwitchedIndices.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxCalledIndexImplementations = 8;

    private readonly HashSet<IMethodSymbol> _calledIndicesInProgress = new(SymbolEqualityComparer.Default);

    /// <summary>The index <paramref name="call"/> returns, with the caller's arguments; null when it cannot be read as one.</summary>
    private LinearIndex? CalledIndex(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (!IsIndexFunction(call) || !IsIndexType(call.Type) || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.IsParams)
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
            return method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction ? new List<IMethodSymbol> { method } : null;
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

    /// <summary>
    /// True when <paramref name="call"/> runs one body known here: a static method, a local function declared outside every
    /// loop (its captured variables are then one value for all calls in a loop), or a non-virtual instance method of this
    /// instance (its fields are the caller's own).
    /// </summary>
    private bool IsIndexFunction(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        return method.MethodKind switch
        {
            MethodKind.LocalFunction => LocalFunctionDeclaration(method) is { } declaration && !EnclosingLoops(declaration).Any() && !Contains(declaration, call),
            MethodKind.Ordinary when !method.IsStatic => !method.IsVirtual && !method.IsAbstract && !method.IsOverride
                && (call.Instance is null || Unwrap(call.Instance) is IInstanceReferenceOperation),
            _ => method.IsStatic,
        };
    }

    /// <summary>The expression <paramref name="method"/> returns: its expression body or its only <c>return e;</c> statement, bound in this file.</summary>
    private IOperation? ReturnedIndex(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            // int Index(int c, int b) => c * batch + b, or { int start = …; return start + b; }: the function's own body.
            return LocalFunctionDeclaration(method)?.Body is { Operations: [.., IReturnOperation { ReturnedValue: { } local }] operations }
                && operations.Take(operations.Length - 1).All(statement => statement is IVariableDeclarationGroupOperation) ? local : null;
        }

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
}
