using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether the buffer a fold of negated data folded (NegatedFolds.cs) may be rewritten between the fold and the exp:
/// then the fold no longer describes the data exponentiated (<c>m = max(-x)</c>, <c>TensorPrimitives.Negate(x, x)</c>,
/// <c>exp(-x - m)</c> is <c>exp(-x - min x)</c>, 0 / 0 for x ≫ 0) and is not read as a shift. A possible write is an
/// element write or a new value of the variable (the model's write lists), and any call that may write the buffer
/// through an argument: an array, a <c>Span&lt;T&gt;</c> or a <c>ref</c>/<c>out</c> parameter given the buffer or a view
/// of it (<c>Array.Copy(src, x, n)</c>, <c>src.CopyTo(x, 0)</c>, <c>Buffer.BlockCopy</c>, <c>TensorPrimitives.Negate(x, x)</c>,
/// a helper taking <c>Span&lt;double&gt;</c>), a writing method on a view (<c>x.AsSpan().Fill(0)</c>), a writable view kept
/// in a local (<c>var view = x.AsSpan()</c>), and a <c>foreach (ref var v in x.AsSpan())</c>. Sources of copies
/// (<c>Array.Copy</c>'s first array, <c>x.CopyTo(dst)</c>), <c>ReadOnlySpan</c> and <c>IEnumerable</c> parameters only read.
/// "Between" is reachability on the control-flow graph (FlowIndex): some fold reaches the write and the write reaches
/// the exp along a path that passes no restart of the fold (its unconditional reset or seed, or the LINQ fold itself). The candidate writes are collected once per buffer; the answer is memoised per (fold, exp) by the caller.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="PossibleWritesOf"/> per buffer, cleared with the other memos.</summary>
    private readonly Dictionary<ISymbol, List<IOperation>> _possibleBufferWrites = new(SymbolEqualityComparer.Default);

    /// <summary>True when a write of a buffer <paramref name="fold"/> folded may lie between the fold and <paramref name="exp"/>.</summary>
    private bool IsRewrittenAfterFold(NegatedFold fold, IOperation exp)
    {
        var use = UseOf(exp);
        var none = new List<IOperation>();
        // The write→exp leg stops at a restart of the fold (double m = double.NegativeInfinity; or the LINQ fold itself):
        // past it the exp reads a fold of the rewritten data. Without this, a write late in row r's iteration reaches
        // row r + 1's exp through the outer loop's back-edge (review45 c03, c05, c27, c46).
        IReadOnlyList<IOperation> restarts = fold.LinqCall is not null ? fold.Folds : fold.Starts;
        foreach (var root in Eval(fold.Data).RawRoots)
        {
            foreach (var write in PossibleWritesOf(root))
            {
                if (Contains(write, use) || fold.Folds.Any(folding => Contains(write, folding)))
                {
                    // The exp's own in-place write (x[i] = Math.Exp(x[i] - m)), or the fold itself.
                    continue;
                }

                if (fold.Folds.Any(folding => Flow.Reaches(folding, write, none)) && Flow.Reaches(write, use, restarts))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Every operation that may write the buffer <paramref name="root"/> (see the type remarks), memoised per buffer.</summary>
    private List<IOperation> PossibleWritesOf(ISymbol root)
    {
        EnsureMemosCurrent();
        if (_possibleBufferWrites.TryGetValue(root, out var known))
        {
            return known;
        }

        known = ElementWritesInto(root).Select(write => write.Operation).Concat(WritesOf(root).Select(write => write.Operation)).ToList();
        foreach (var operation in _operations)
        {
            switch (operation)
            {
                case IInvocationOperation call when CallMayWrite(call, root):
                    known.Add(call);
                    break;
                case IForEachLoopOperation { Collection: var collection } loop when IsRefIteration(loop) && MentionsBuffer(collection, root):
                    // Located by its collection (evaluated once as the loop starts; the body's writes follow it).
                    known.Add(collection);
                    break;
                case IVariableDeclaratorOperation { Symbol.Type: var type, Initializer.Value: { } view } declarator
                    when (IsWritableView(type) || type is IArrayTypeSymbol) && IsViewOf(view, root) && !SymbolEqualityComparer.Default.Equals(declarator.Symbol, root):
                    // var view = x.AsSpan(); (or an alias double[] a = x): its writes are the buffer's.
                    known.Add(declarator);
                    break;
            }
        }

        _possibleBufferWrites[root] = known;
        return known;
    }

    /// <summary>True when <paramref name="call"/> may write <paramref name="root"/>: through a writable argument, or as a writing method of a view of it.</summary>
    private bool CallMayWrite(IInvocationOperation call, ISymbol root)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter || !MentionsBuffer(argument.Value, root))
            {
                continue;
            }

            if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                return true;
            }

            // Array.Copy(source, destination, n), Buffer.BlockCopy(src, 0, dst, 0, bytes): the source is read.
            if (parameter.Name is "sourceArray" or "src" or "source" && parameter.ContainingSymbol is IMethodSymbol { ContainingType.Name: "Array" or "Buffer" })
            {
                continue;
            }

            // An extension method's receiver (x.AsSpan(), x.Max()): a view or a read, judged where the view is used.
            if (parameter.Ordinal == 0 && call.TargetMethod.IsExtensionMethod)
            {
                continue;
            }

            if (IsReadOnlyArrayMethod(call.TargetMethod))
            {
                // Array.IndexOf(x, v), Array.Exists(x, double.IsNaN): the BCL reads the array (review45 c16, c18).
                continue;
            }

            if ((IsWritableView(parameter.Type) || parameter.Type is IArrayTypeSymbol || parameter.Type.SpecialType == SpecialType.System_Array)
                && HelperMayWriteParameter(call.TargetMethod, parameter))
            {
                return true;
            }
        }

        // x.AsSpan().Fill(0), x.AsSpan(0, n).Clear(): a writing method of a writable view; x.CopyTo(dst) only reads x.
        return call.Instance is { } instance && IsWritableView(instance.Type) && MentionsBuffer(instance, root)
            && call.TargetMethod.Name is not ("CopyTo" or "TryCopyTo" or "ToArray" or "ToString" or "Slice" or "IndexOf" or "Contains" or "SequenceEqual" or "GetPinnableReference" or "GetEnumerator");
    }


    /// <summary>
    /// False only when <paramref name="method"/> is a helper declared in this tree whose model (one level deeper, as for
    /// probability helpers) has no possible write of <paramref name="parameter"/>: no element write, no new value, no
    /// call that may write it in turn (<c>static bool AllFinite(double[] a)</c>, a logging helper reading a row). Any
    /// other method (metadata, another tree, past the depth limit) may write.
    /// </summary>
    private bool HelperMayWriteParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        var parameters = method.OriginalDefinition.Parameters;
        if (parameter.Ordinal >= parameters.Length || (HelperModel(method) ?? OtherTypeStaticHelperModel(method)) is not { } helper)
        {
            return true;
        }

        return helper.PossibleWritesOf(parameters[parameter.Ordinal]).Count > 0;
    }

    /// <summary>The read-only searches of <c>System.Array</c>: they take the array but never write it.</summary>
    private static bool IsReadOnlyArrayMethod(IMethodSymbol method) =>
        method.ContainingType is { Name: "Array", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
        && method.Name is "IndexOf" or "LastIndexOf" or "Exists" or "TrueForAll" or "Find" or "FindAll" or "FindIndex" or "FindLast" or "FindLastIndex" or "BinarySearch"
            or "ConvertAll" or "GetLength" or "GetLowerBound" or "GetUpperBound";

    /// <summary>True for <c>foreach (ref var v in …)</c>: the loop variable is a writable reference.</summary>
    private static bool IsRefIteration(IForEachLoopOperation loop) =>
        loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol.RefKind: RefKind.Ref }
        || loop.LoopControlVariable.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>().Any(declarator => declarator.Symbol.RefKind == RefKind.Ref);

    /// <summary>True when <paramref name="value"/> is the buffer itself or a view of it: <c>x</c>, <c>x.AsSpan()</c>, <c>x.AsSpan(1).Slice(0, n)</c>, <c>new Span&lt;T&gt;(x)</c>.</summary>
    private static bool IsViewOf(IOperation value, ISymbol root) =>
        Unwrap(value) switch
        {
            { } read when References(read, root) => true,
            IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" or "Slice" } view =>
                (view.Instance ?? (view.Arguments.Length > 0 ? view.Arguments[0].Value : null)) is { } source && IsViewOf(source, root),
            IObjectCreationOperation { Arguments.Length: > 0 } creation when IsWritableView(creation.Type) => IsViewOf(creation.Arguments[0].Value, root),
            _ => false,
        };

    /// <summary>True when <paramref name="value"/> reads the buffer <paramref name="root"/> itself or a view of it (<c>x</c>, <c>x.AsSpan()</c>, <c>x.AsSpan(1)</c>), not one of its elements.</summary>
    private static bool MentionsBuffer(IOperation value, ISymbol root) =>
        value.DescendantsAndSelf().Any(node => References(node, root) && node.Parent is not (IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
            && node.Parent is not IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" }
            && !(node.Parent is IInvocationOperation { TargetMethod.Name: "GetLength" }));
}
