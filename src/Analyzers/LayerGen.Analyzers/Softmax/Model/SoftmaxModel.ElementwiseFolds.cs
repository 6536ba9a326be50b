using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Folds written with span-to-span <c>TensorPrimitives</c> calls: <c>Add(acc, x.AsSpan(b * n, n), acc)</c> inside a
/// loop over b is the loop <c>for (j …) acc[j] += x[b * n + j]</c>, a sum per element of <c>acc</c> over what the
/// enclosing loops pick in the source (here the b axis); <c>Max(acc, src, acc)</c> is the same with a maximum. The
/// loops folded over are the enclosing loops that do not also (re)allocate or clear <c>acc</c>: an accumulator
/// allocated inside a loop restarts for each of its iterations.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ISymbol, Reduction?> _elementwiseFolds = new(SymbolEqualityComparer.Default);

    /// <summary>The element-wise fold a buffer variable holds (<c>colSum</c> after <c>Add(colSum, row, colSum)</c> calls), or null.</summary>
    private Reduction? ElementwiseFold(IOperation reference)
    {
        if (VariableOf(Unwrap(reference)) is not { } root || !WellKnownSymbols.IsBuffer(Unwrap(reference)!.Type))
        {
            return null;
        }

        if (_elementwiseFolds.TryGetValue(root, out var known))
        {
            return known;
        }

        _elementwiseFolds[root] = null;
        ReductionKind? kind = null;
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var folds = ImmutableArray.CreateBuilder<IOperation>();
        var elements = ValueFacts.Empty;
        List<IOperation>? resets = null;
        foreach (var call in Invocations())
        {
            if (AccumulatedSource(call, root) is not var (callKind, source))
            {
                continue;
            }

            if (kind is not null && kind != callKind)
            {
                return null;
            }

            resets ??= Resets(root);
            foreach (var loop in EnclosingLoops(call).TakeWhile(loop => !resets.Any(reset => Contains(loop, reset))))
            {
                if (source.FixedDims.TryGetValue(loop, out var picked))
                {
                    atoms = atoms.Union(picked);
                }
            }

            kind = callKind;
            folds.Add(call);
            elements = elements.Merge(ElementFacts(source.Root!, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()));
        }

        var fold = kind is { } found && !atoms.IsEmpty
            ? new Reduction(found, root.Name, atoms, folds.ToImmutable(), elements.WithoutDims(), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: false)
            : null;
        _elementwiseFolds[root] = fold;
        return fold;
    }

    /// <summary>
    /// <c>TensorPrimitives.Add(acc, src, acc)</c> (either operand order) or <c>Max</c>/<c>MaxNumber</c>: the kind of
    /// fold into <paramref name="accumulator"/> and the view of the other operand; null for any other call.
    /// </summary>
    private (ReductionKind Kind, BufferView Source)? AccumulatedSource(IInvocationOperation call, ISymbol accumulator)
    {
        var kind = call.TargetMethod.Name switch
        {
            "Add" => ReductionKind.Sum,
            "Max" or "MaxNumber" => ReductionKind.Max,
            _ => (ReductionKind?)null,
        };
        if (kind is null || call.Arguments.Length != 3 || !Symbols.IsTensorPrimitives(call.TargetMethod, call.TargetMethod.Name)
            || !WellKnownSymbols.IsBuffer(call.Arguments[0].Value.Type) || !WellKnownSymbols.IsBuffer(call.Arguments[1].Value.Type)
            || !IsRoot(call.Arguments[2].Value, accumulator))
        {
            return null;
        }

        var other = IsRoot(call.Arguments[0].Value, accumulator) ? call.Arguments[1].Value
            : IsRoot(call.Arguments[1].Value, accumulator) ? call.Arguments[0].Value
            : null;
        return other is not null && EvalView(other) is { Root: { } root } source && !SymbolEqualityComparer.Default.Equals(root, accumulator)
            ? (kind.Value, source)
            : null;
    }

    private bool IsRoot(IOperation value, ISymbol root) => SymbolEqualityComparer.Default.Equals(EvalView(value)?.Root, root);

    /// <summary>What restarts an element-wise accumulator: its (re)allocations and the calls that overwrite it (<c>Clear</c>, <c>Fill</c>, <c>CopyTo</c>).</summary>
    private List<IOperation> Resets(ISymbol root)
    {
        var resets = WritesOf(root).Select(write => write.Operation).ToList();
        foreach (var call in Invocations())
        {
            if (OverwrittenBuffer(call) is { } buffer && IsRoot(buffer, root))
            {
                resets.Add(call);
            }
        }

        return resets;
    }
}
