using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user fold written as the loop <c>Aggregate</c> runs (<c>static TAcc Fold&lt;T, TAcc&gt;(IReadOnlyList&lt;T&gt; xs, TAcc
/// seed, Func&lt;TAcc, T, TAcc&gt; f) { TAcc acc = seed; for (int i = 0; i &lt; xs.Count; i++) acc = f(acc, xs[i]); return
/// acc; }</c>, also <c>foreach (T item in items) acc = f(acc, item);</c>, the index walk as a <c>while</c> loop and a span
/// walked to its <c>Length</c>) is read as
/// that <c>Aggregate</c> (UserFolds.cs): at a call, the fold its delegate argument says, over the argument sequence,
/// seeded by the seed argument. Generic or not, the body must do nothing else: one accumulator declared from the seed,
/// one walk of every element of the source in order, each step <c>acc = f(acc, element)</c>, the accumulator returned.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="method"/> (source, seed, func) folds its source through func as described in the type's summary.</summary>
    private bool IsLoopFold(IMethodSymbol method) =>
        method.Parameters.Length == 3 && method.Parameters[2].Type.TypeKind == TypeKind.Delegate
        && method.Parameters.All(parameter => parameter.RefKind == RefKind.None)
        && HelperBody(method) is IBlockOperation body && IsLoopFoldBody(body, method, nested: false);

    /// <summary>
    /// True when <paramref name="body"/> is the fold's body: the accumulator, its loop, its return; or (not
    /// <paramref name="nested"/>) <c>TAcc acc = Local(); TAcc Local() { …that body… } return acc;</c>, the fold moved into
    /// a local function called once without arguments.
    /// </summary>
    private bool IsLoopFoldBody(IBlockOperation body, IMethodSymbol method, bool nested)
    {
        if (body is not { Operations: [IVariableDeclarationGroupOperation declaration, var loop, IReturnOperation { ReturnedValue: { } returned }] }
            || declaration.Declarations is not [{ Declarators: [{ Symbol: var accumulator } declarator] } declared]
            || (declarator.Initializer ?? declared.Initializer)?.Value is not { } initial
            || !References(returned, accumulator))
        {
            return false;
        }

        if (!nested && loop is ILocalFunctionOperation { Symbol: { Parameters.Length: 0 } local, Body: { } localBody }
            && Unwrap(initial) is IInvocationOperation { TargetMethod: var called, Arguments.Length: 0 }
            && SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, local.OriginalDefinition))
        {
            return IsLoopFoldBody(localBody, method, nested: true);
        }

        if (!IsParameterOf(initial, method, 1))
        {
            return false;
        }

        if (loop is IForEachLoopOperation { Collection: var collection, LoopControlVariable: IVariableDeclaratorOperation { Symbol: var item }, NextVariables.Length: 0 } each)
        {
            return IsParameterOf(collection, method, 0) && FoldStep(each.Body, method, accumulator, element => References(element, item));
        }

        // for (int i = 0; i < xs.Count; i++) { step }, or the same as { int i = 0; while (i < xs.Count) { step; i++; } }.
        var walk = loop is IBlockOperation { Operations: [IVariableDeclarationGroupOperation, IWhileLoopOperation inner] } ? inner : loop;
        var step = walk switch
        {
            IForLoopOperation { Before: [IVariableDeclarationGroupOperation] } counted => counted.Body,
            IWhileLoopOperation { Body: IBlockOperation { Operations: [var only, _] } } => only,
            _ => null,
        };
        return step is not null && CountedLoopParts(walk) is var (start, stepped, condition)
            && StartValue(start) is (ILocalSymbol index, { } from) && IsConstant(from, 0) && UnitStep(stepped, index) == 1
            && UpperBound(condition) is var (counter, bound) && References(counter, index) && IsSourceExtent(bound, method)
            && FoldStep(step, method, accumulator, element => IsSourceElement(element, method, index));
    }

    /// <summary>True when <paramref name="body"/> is only <c>acc = f(acc, element)</c> (f the func parameter), in a block or not.</summary>
    private bool FoldStep(IOperation body, IMethodSymbol method, ILocalSymbol accumulator, System.Func<IOperation, bool> isElement)
    {
        while (body is IBlockOperation { Operations: [var only] })
        {
            body = only;
        }

        return body is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: var target, Value: var value } }
            && References(target, accumulator)
            && Unwrap(value) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: { } invoked, Arguments: [var first, var second] }
            && IsParameterOf(invoked, method, 2) && first.Parameter?.Ordinal == 0 && References(first.Value, accumulator) && isElement(second.Value);
    }

    /// <summary><c>xs.Count</c> or <c>xs.Length</c> of the source parameter.</summary>
    private static bool IsSourceExtent(IOperation operation, IMethodSymbol method) =>
        Unwrap(operation) is IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } instance } && IsParameterOf(instance, method, 0);

    /// <summary><c>xs[i]</c> of the source parameter, an array or an indexer.</summary>
    private static bool IsSourceElement(IOperation operation, IMethodSymbol method, ILocalSymbol index) => Unwrap(operation) switch
    {
        IArrayElementReferenceOperation { ArrayReference: var array, Indices: [var at] } => IsParameterOf(array, method, 0) && References(at, index),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments: [var at] } => IsParameterOf(instance, method, 0) && References(at.Value, index),
        _ => false,
    };

    /// <summary>True when <paramref name="operation"/> reads parameter <paramref name="ordinal"/> of <paramref name="method"/>.</summary>
    private static bool IsParameterOf(IOperation? operation, IMethodSymbol method, int ordinal) =>
        Unwrap(operation) is IParameterReferenceOperation { Parameter: var parameter } && parameter.Ordinal == ordinal
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition);
}
