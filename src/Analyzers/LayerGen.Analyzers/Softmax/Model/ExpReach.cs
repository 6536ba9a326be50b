using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a method may compute an exponential when it runs: its body, or a method it calls (transitively, within a
/// bound), invokes an exp the model recognises (<see cref="WellKnownSymbols.IsExp"/>, a power of a constant base such as
/// <c>Math.Pow(Math.E, v)</c>, <c>TensorPrimitives.Exp</c>/<c>SoftMax</c>/<c>Sigmoid</c>, a method named like an exp), or
/// something whose body is unknown (a delegate, a virtual or interface member, an extern or partial method). Answers are
/// computed once per compilation (<see cref="WellKnownSymbols.ExpReach"/>), keyed by method and by the file whose
/// semantic model asks.
/// </summary>
/// <remarks>
/// Bodies in the asking file are read from its operation tree (bound calls, so a field named <c>Exp</c> or a string
/// "Exp" is no exp). An analyzer has only that file's semantic model (RS1030), so a body in another file is read from its
/// syntax, conservatively: a name like an exp, a constant-base <c>Pow</c>, or a call whose name is a delegate parameter
/// counts as an exp, and a called name is followed into every source method of the compilation with that name. "May"
/// errs towards true: too deep a chain, too many methods, or anything not followed reads as reaching an exp. The same
/// question gates which blocks are modelled (branch cost40's <c>ImportGate.Reaches</c>); that gate could ask this class
/// and add its own names (<c>Forward</c>).
/// </remarks>
internal sealed class ExpReach
{
    /// <summary>Calls are followed this many methods deep.</summary>
    private const int MaxDepth = 8;

    /// <summary>At most this many methods are read for one answer.</summary>
    private const int MaxMethods = 32;

    private readonly WellKnownSymbols _symbols;
    private readonly ConcurrentDictionary<(IMethodSymbol Method, SyntaxTree Tree), bool> _answers = new();

    public ExpReach(WellKnownSymbols symbols) => _symbols = symbols;

    /// <summary>True when <paramref name="method"/> may compute an exp, read with <paramref name="model"/> (its file's, when it binds it).</summary>
    public bool MayReachExp(IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        return _answers.GetOrAdd((method, model.SyntaxTree), key => Walk(new[] { key.Method }, null, model, cancellationToken));
    }

    /// <summary>True when <paramref name="body"/> (a lambda or local function of the asking method) may compute an exp.</summary>
    public bool MayReachExp(IOperation body, SemanticModel model, CancellationToken cancellationToken) =>
        Walk(System.Array.Empty<IMethodSymbol>(), body, model, cancellationToken);

    private bool Walk(IReadOnlyList<IMethodSymbol> roots, IOperation? body, SemanticModel model, CancellationToken cancellationToken)
    {
        var seen = new HashSet<IMethodSymbol>(roots, SymbolEqualityComparer.Default);
        var level = new List<IMethodSymbol>(roots);
        if (body is not null && Calls(body, level, seen))
        {
            return true;
        }

        for (var depth = 0; level.Count > 0; depth++)
        {
            if (depth > MaxDepth || seen.Count > MaxMethods)
            {
                return true;
            }

            var next = new List<IMethodSymbol>();
            foreach (var method in level)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Reads(method, model, next, seen, cancellationToken))
                {
                    return true;
                }
            }

            level = next;
        }

        return false;
    }

    /// <summary>True when <paramref name="method"/> itself may compute an exp; adds the source methods it calls to <paramref name="next"/>.</summary>
    private bool Reads(IMethodSymbol method, SemanticModel model, List<IMethodSymbol> next, HashSet<IMethodSymbol> seen, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length == 0)
        {
            // Metadata: what its name and type say.
            return IsExpLike(method);
        }

        if (method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.ContainingType?.TypeKind == TypeKind.Interface
            || method.DeclaringSyntaxReferences.Length != 1 || method.PartialImplementationPart is not null)
        {
            // Another body may run in its place.
            return true;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declaration.SyntaxTree == model.SyntaxTree && model.GetOperation(declaration, cancellationToken) is { } operation)
        {
            return Calls(operation, next, seen);
        }

        return SyntaxMayReach(method, declaration, model.Compilation, next, seen, cancellationToken);
    }

    /// <summary>Reads the bound calls under <paramref name="operation"/>: true at an exp or an unknown callee; other callees go to <paramref name="next"/>.</summary>
    private bool Calls(IOperation operation, List<IMethodSymbol> next, HashSet<IMethodSymbol> seen)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            IMethodSymbol? callee;
            switch (node)
            {
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke }:
                case IFunctionPointerInvocationOperation:
                    // A delegate may be an exp (f(x) with f = Math.Exp).
                    return true;
                case IInvocationOperation call when _symbols.IsPow(call.TargetMethod):
                    if (call.Arguments.Length == 2 && IsConstant(call.Arguments[0].Value))
                    {
                        return true;
                    }

                    continue;
                case IInvocationOperation call:
                    callee = call.TargetMethod;
                    break;
                case IMethodReferenceOperation reference:
                    callee = reference.Method;
                    break;
                default:
                    continue;
            }

            callee = callee.OriginalDefinition;
            if (callee.DeclaringSyntaxReferences.Length == 0)
            {
                if (IsExpLike(callee))
                {
                    return true;
                }
            }
            else if (seen.Add(callee))
            {
                next.Add(callee);
            }
        }

        return false;
    }

    /// <summary>A constant, or a read of a constant field such as <c>Math.E</c>, past conversions.</summary>
    private static bool IsConstant(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue.HasValue || value is IFieldReferenceOperation { Field.IsConst: true };
    }

    /// <summary>An exp of the framework, or a method named like an exp, a softmax or a logistic.</summary>
    private bool IsExpLike(IMethodSymbol method) =>
        _symbols.IsExp(method) || NamesExp(method.Name)
        || (_symbols.IsTensorLibrary(method, method.Name) && method.Name is "Exp" or "Exp2" or "Exp10" or "SoftMax" or "Sigmoid");

    private static bool NamesExp(string name) =>
        WellKnownSymbols.MayNameAnExp(name) || name.IndexOf("softmax", System.StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("Sigmoid", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Logistic", System.StringComparison.Ordinal) >= 0;

    /// <summary>
    /// A body of another file, read from syntax: true at a name like an exp, a constant-base power or a call of a
    /// delegate parameter; every source method named as called goes to <paramref name="next"/>.
    /// </summary>
    private static bool SyntaxMayReach(IMethodSymbol method, SyntaxNode declaration, Compilation compilation, List<IMethodSymbol> next, HashSet<IMethodSymbol> seen, CancellationToken cancellationToken)
    {
        foreach (var name in declaration.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var text = name.Identifier.ValueText;
            if (NamesExp(text))
            {
                return true;
            }

            if (CallSyntax.CallOf(name) is not { } call)
            {
                continue;
            }

            if (text == "Pow")
            {
                if (call.ArgumentList.Arguments.Count == 2 && CallSyntax.IsConstant(call.ArgumentList.Arguments[0].Expression))
                {
                    return true;
                }

                continue;
            }

            if (method.Parameters.Any(parameter => parameter.Name == text && parameter.Type.TypeKind == TypeKind.Delegate))
            {
                return true;
            }

            foreach (var candidate in compilation.GetSymbolsWithName(text, SymbolFilter.Member, cancellationToken).OfType<IMethodSymbol>())
            {
                if (seen.Add(candidate.OriginalDefinition))
                {
                    next.Add(candidate.OriginalDefinition);
                }
            }
        }

        return false;
    }
}
