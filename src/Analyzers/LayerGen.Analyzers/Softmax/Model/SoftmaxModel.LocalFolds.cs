using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Folds computed in a local function (or a lambda bound once to a delegate local, see <see cref="CalleeOf"/>) and returned to the caller:
/// <c>float m = RowMax(); float RowMax() { float acc = x[r, 0]; for (…) acc = Math.Max(acc, x[r, c]); return acc; }</c>.
/// The call stands for the fold it returns, read as if the body were written where the call is: the local function's
/// loops nest in the loops around the call, its accumulator is reset at every call, and the caller's use decides
/// what is stale or still accumulating. Captured buffers keep their own dimensions; a fold of the local function's
/// parameters is left to <see cref="HelperSummary"/> (its dimensions are the caller's arguments).
/// </summary>
/// <remarks>
/// Only a local function declared among the same enclosing loops as the call is read this way (the usual spelling:
/// declared beside the statement that calls it). Declared elsewhere, its loops would not nest in the caller's, so the
/// model keeps to the summary route, which never sees a fold narrower than it is.
/// </remarks>
internal sealed partial class SoftmaxModel
{
    /// <summary>The max or sum <paramref name="call"/> returns, as seen from <paramref name="use"/>; null when it returns anything else.</summary>
    private Reduction? LocalFoldAt(IInvocationOperation call, IOperation use)
    {
        if (ReturnsBesideCall(call) is not { } returns)
        {
            return null;
        }

        var parts = new List<Reduction>();
        foreach (var ret in returns)
        {
            if (ReductionAt(ret.ReturnedValue, use) is not { } part || ReadsParameterOf(part, CalleeOf(call)))
            {
                return null;
            }

            parts.Add(part);
        }

        return parts.Select(part => part.Kind).Distinct().Count() == 1 ? Reduction.Combine(parts) : null;
    }

    private readonly CycleGuard<IMethodSymbol> _localValuesInProgress = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// What a parameterless local function declared beside <paramref name="call"/> returns (<c>float dot = Dot();</c>:
    /// the facts of its accumulator, as for the inline fold); null for any other call.
    /// </summary>
    private ValueFacts? LocalFunctionValue(IInvocationOperation call)
    {
        var method = CalleeOf(call);
        if (method.Parameters.Length > 0 || !WellKnownSymbols.IsNumeric(call.Type) || ReturnsBesideCall(call) is not { } returns)
        {
            return null;
        }

        if (!_localValuesInProgress.TryEnter(method, _cycles))
        {
            return null;
        }

        try
        {
            var facts = ValueFacts.Empty;
            foreach (var ret in returns)
            {
                facts = facts.Merge(Eval(ret.ReturnedValue));
            }

            return facts;
        }
        finally
        {
            _localValuesInProgress.Exit(method);
        }
    }

    /// <summary>
    /// The returns of the local function <paramref name="call"/> calls, when it is declared among the same enclosing
    /// loops as the call (not inside itself) and every return returns a value; null otherwise.
    /// </summary>
    private List<IReturnOperation>? ReturnsBesideCall(IInvocationOperation call)
    {
        var callee = CalleeOf(call);
        if (!IsLocalHelper(callee) || LocalHelperBody(callee) is not { } body
            || ((IOperation?)LocalFunctionDeclaration(callee) ?? InvokedLambda(call)) is not { } declaration
            || Contains(declaration, call)
            || !EnclosingLoops(declaration).SequenceEqual(EnclosingLoops(call)))
        {
            return null;
        }

        var returns = body.DescendantsAndSelf().OfType<IReturnOperation>().Where(ret => OwningFunction(ret, body) is null).ToList();
        return returns.Count == 0 || returns.Any(ret => ret.ReturnedValue is null) ? null : returns;
    }

    /// <summary><c>float sum = RowSum();</c>: a variable assigned what a local function's accumulator folded is an accumulator too.</summary>
    private bool HoldsLocalFold(ISymbol symbol) =>
        WritesOf(symbol).Any(write => Unwrap(write.Value) is IInvocationOperation call && ReturnsBesideCall(call) is { } returns
            && returns.All(ret => VariableOf(Unwrap(ret.ReturnedValue)) is { } returned && IsAccumulator(returned)));

    /// <summary>
    /// The declaration of local function <paramref name="method"/> in this method, wherever it stands (after the loops
    /// that call it, after a <c>return</c>, nested in a block); null when it is not declared here.
    /// </summary>
    private ILocalFunctionOperation? LocalFunctionDeclaration(IMethodSymbol method)
    {
        // Looked up in the whole body, not in the operations walked so far: BuildFacts asks about a call (is it an exp
        // helper?) before it reaches a local function declared later, and helper readings are cached per method.
        if (_localFunctions is null)
        {
            _localFunctions = new Dictionary<IMethodSymbol, ILocalFunctionOperation>(SymbolEqualityComparer.Default);
            foreach (var function in _root.DescendantsAndSelf().OfType<ILocalFunctionOperation>())
            {
                if (!_localFunctions.ContainsKey(function.Symbol))
                {
                    _localFunctions[function.Symbol] = function;
                }
            }
        }

        return _localFunctions.TryGetValue(method, out var declaration) ? declaration : null;
    }

    /// <summary>Every local function declared in this method, by symbol (built on first use).</summary>
    private Dictionary<IMethodSymbol, ILocalFunctionOperation>? _localFunctions;

    /// <summary>Whether the fold's dimensions or values come from a parameter of <paramref name="function"/> (the caller's argument, not a captured buffer).</summary>
    private static bool ReadsParameterOf(Reduction reduction, IMethodSymbol function) =>
        reduction.Atoms.Concat(reduction.StaleAtoms).Select(atom => atom.Root).Concat(reduction.Elements.RawRoots)
            .Any(root => root is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, function.OriginalDefinition));
}
