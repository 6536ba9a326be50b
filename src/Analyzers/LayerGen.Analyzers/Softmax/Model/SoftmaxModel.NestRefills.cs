using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What a nest loop rewrites per nest (membership slices). A maximum that walks a buffer, an index list, a count or a
/// mask declared before the nest loop is still the nest's own maximum when the nest loop refills that state per nest
/// (<c>members.Clear(); … members.Add(j)</c>, <c>w[j] = member ? v : -inf</c>, <c>m = 0; … idx[m++] = j</c>,
/// <c>Gather(row, nests[k], buf)</c>). So a maximum is taken as "independent of the nest" only when nothing its walk reads
/// is written inside the nest loop outside the walk: by assignment, element write, increment, a mutating call on it, or
/// passing it to a call. The one exception is the position of a loop that encloses the walk inside the nest loop and
/// whose header reads nothing the nest loop writes (nest loop outside, person loop inside: the person index <c>n</c> is
/// rewritten per nest but does not depend on it).
/// The writes of one nest loop are collected once (memo per loop); each check is one walk of the maximum's own reads.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per nest loop: every variable written inside it, with the operations that write it.</summary>
    private readonly Dictionary<IOperation, NestLoopWrites> _nestLoopWrites = new();

    /// <summary>
    /// True when <paramref name="region"/> (the maximum's walk or LINQ call) reads the nest <paramref name="picking"/>
    /// picks: its loop variable, a local declared inside it (a list or key made per nest), or anything the nest loop
    /// writes outside the region (a buffer, list, count or mask refilled per nest). <paramref name="accumulator"/> (the
    /// maximum's own running value, reset before its walk) is no read of the nest.
    /// </summary>
    private bool ReadsNestOf(IOperation region, IOperation picking, ISymbol? accumulator)
    {
        var loopLocals = picking is ILoopOperation loop ? loop.Locals : default;
        var writes = NestLoopWritesOf(picking);
        // Each variable is judged once per region (a row read at every element would repeat the same walk).
        var judged = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in region.DescendantsAndSelf())
        {
            var variable = operation switch
            {
                ILocalReferenceOperation { Local: var local } => (ISymbol)local,
                IParameterReferenceOperation { Parameter: var parameter } => parameter,
                IFieldReferenceOperation { Field: var field } => field,
                _ => null,
            };
            if (variable is null || operation.Parent is ISimpleAssignmentOperation assigned && assigned.Target == operation
                || SymbolEqualityComparer.Default.Equals(variable, accumulator) || !judged.Add(variable) || IsDeclaredIn(variable, region))
            {
                continue;
            }

            if (!loopLocals.IsDefaultOrEmpty && loopLocals.Contains(variable, SymbolEqualityComparer.Default))
            {
                return true;
            }

            if (IsNestIndependentPosition(variable, region, picking, writes) || IsNestIndependentCopy(variable, region, picking, writes))
            {
                continue;
            }

            if (variable is ILocalSymbol declaredLocal && IsDeclaredIn(declaredLocal, picking) && !IsWrittenBy(region, declaredLocal))
            {
                return true;
            }

            if (writes.IsWrittenOutside(variable, region)
                || variable is IFieldSymbol { IsReadOnly: false, IsConst: false } && writes.CallsSourceMethods)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="variable"/> is declared inside <paramref name="operation"/>'s source span.</summary>
    private static bool IsDeclaredIn(ISymbol variable, IOperation operation) =>
        variable is ILocalSymbol && variable.DeclaringSyntaxReferences is [var declaration]
        && declaration.SyntaxTree == operation.Syntax.SyntaxTree && operation.Syntax.Span.Contains(declaration.Span);

    /// <summary>
    /// True when <paramref name="variable"/> is the position of a loop inside <paramref name="picking"/> that encloses
    /// <paramref name="region"/> (<c>for (int n = 0; n &lt; v.Length; n++)</c> inside the nest loop), written only by that
    /// loop's header, and the header reads nothing the nest loop writes (its bound is no per-nest count).
    /// </summary>
    private bool IsNestIndependentPosition(ISymbol variable, IOperation region, IOperation picking, NestLoopWrites writes)
    {
        if (variable is not ILocalSymbol)
        {
            return false;
        }

        for (var outer = region.Parent; outer is not null && outer != picking; outer = outer.Parent)
        {
            if (outer is not ILoopOperation loop || !SymbolEqualityComparer.Default.Equals(WalkElement(loop), variable))
            {
                continue;
            }

            var header = LoopHeader(loop).ToList();
            if (header.Count == 0 || writes.WritesOf(variable).Any(write => !header.Any(part => Contains(part, write)) && !IsDeclaratorOf(write, loop)))
            {
                return false;
            }

            return !header.SelectMany(part => part.DescendantsAndSelf()).Any(read =>
                VariableOf(read) is { } headerRead && !SymbolEqualityComparer.Default.Equals(headerRead, variable)
                && (writes.WritesOf(headerRead).Count > 0 || headerRead is ILocalSymbol && IsDeclaredIn(headerRead, picking)));
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="variable"/> is a local declared inside the nest loop, written once by its declaration, from
    /// a value with no call that reads only positions of enclosing loops independent of the nest and variables the nest
    /// loop never writes (<c>var row = v[n];</c> in a person loop inside the nest loop).
    /// </summary>
    private bool IsNestIndependentCopy(ISymbol variable, IOperation region, IOperation picking, NestLoopWrites writes)
    {
        if (variable is not ILocalSymbol || writes.WritesOf(variable) is not [IVariableDeclaratorOperation declarator]
            || declarator.GetVariableInitializer()?.Value is not { } value
            || value.DescendantsAndSelf().Any(operation => operation is IInvocationOperation or IAnonymousFunctionOperation))
        {
            return false;
        }

        var loopLocals = picking is ILoopOperation loop ? loop.Locals : default;
        foreach (var read in value.DescendantsAndSelf())
        {
            var source = read switch
            {
                ILocalReferenceOperation { Local: var local } => (ISymbol)local,
                IParameterReferenceOperation { Parameter: var parameter } => parameter,
                IFieldReferenceOperation { Field: var field } => field,
                _ => null,
            };
            if (source is null || IsNestIndependentPosition(source, region, picking, writes))
            {
                continue;
            }

            if (!loopLocals.IsDefaultOrEmpty && loopLocals.Contains(source, SymbolEqualityComparer.Default)
                || IsDeclaredIn(source, picking) || writes.WritesOf(source).Count > 0
                || source is IFieldSymbol { IsReadOnly: false, IsConst: false } && writes.CallsSourceMethods)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parts of a loop that set and step its position: a <c>for</c>'s initialiser, condition and step, a <c>foreach</c>'s collection, a <c>while</c>'s condition.</summary>
    private static IEnumerable<IOperation> LoopHeader(ILoopOperation loop) => loop switch
    {
        IForLoopOperation forLoop => forLoop.Before.Concat(forLoop.AtLoopBottom).Concat(forLoop.Condition is { } condition ? new[] { condition } : System.Array.Empty<IOperation>()),
        IForEachLoopOperation forEach => new[] { forEach.Collection },
        IWhileLoopOperation { Condition: { } condition } => new[] { condition },
        _ => System.Array.Empty<IOperation>(),
    };

    /// <summary>A <c>foreach</c> loop's own local (declared by the loop, written by no statement).</summary>
    private static bool IsDeclaratorOf(IOperation write, ILoopOperation loop) =>
        loop is IForEachLoopOperation && write == loop;

    private NestLoopWrites NestLoopWritesOf(IOperation picking)
    {
        if (!_nestLoopWrites.TryGetValue(picking, out var writes))
        {
            writes = NestLoopWrites.Collect(picking);
            _nestLoopWrites[picking] = writes;
        }

        return writes;
    }

    /// <summary>
    /// The variables one nest loop writes: assignment and increment targets (the root variable of an element or member
    /// chain: <c>w[j] = …</c> writes <c>w</c>), declarators with a value, the instance of a call that may mutate it
    /// (<c>Clear</c>, <c>Add</c>; not <c>Contains</c>, <c>IndexOf</c>, <c>GetLength</c>), and an array or object passed
    /// to a call other than a LINQ or <c>Math</c> reader (a helper that fills it). Whether it calls source methods (which
    /// may write fields).
    /// </summary>
    private sealed class NestLoopWrites
    {
        private static readonly HashSet<string> ReadOnlyInstanceMethods = new()
        {
            "Contains", "ContainsKey", "IndexOf", "LastIndexOf", "GetLength", "GetLowerBound", "GetUpperBound",
            "Equals", "GetHashCode", "ToString", "TryGetValue", "ToArray", "CopyTo", "GetEnumerator",
        };

        private readonly Dictionary<ISymbol, List<IOperation>> _writes = new(SymbolEqualityComparer.Default);

        /// <summary>True when the nest loop calls a method declared in source (it may write a field the maximum reads).</summary>
        public bool CallsSourceMethods { get; private set; }

        /// <summary>The operations of the nest loop that write <paramref name="variable"/>.</summary>
        public IReadOnlyList<IOperation> WritesOf(ISymbol variable) =>
            _writes.TryGetValue(variable, out var list) ? list : System.Array.Empty<IOperation>();

        /// <summary>True when a write of <paramref name="variable"/> lies outside <paramref name="region"/>.</summary>
        public bool IsWrittenOutside(ISymbol variable, IOperation region) =>
            WritesOf(variable).Any(write => !Contains(region, write));

        public static NestLoopWrites Collect(IOperation picking)
        {
            var writes = new NestLoopWrites();
            foreach (var operation in picking.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IAssignmentOperation assignment:
                        writes.Add(RootVariable(assignment.Target), operation);
                        break;
                    case IIncrementOrDecrementOperation step:
                        writes.Add(RootVariable(step.Target), operation);
                        break;
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is not null:
                        writes.Add(declarator.Symbol, operation);
                        break;
                    case IForEachLoopOperation { Locals: var locals }:
                        foreach (var local in locals)
                        {
                            writes.Add(local, operation);
                        }

                        break;
                    case IInvocationOperation call:
                        writes.AddCall(call);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byReference:
                        writes.Add(RootVariable(byReference.Value), operation);
                        break;
                }
            }

            return writes;
        }

        private void AddCall(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            if (method.Locations.Any(location => location.IsInSource))
            {
                CallsSourceMethods = true;
            }

            if (call.Instance is { } instance && !ReadOnlyInstanceMethods.Contains(method.Name))
            {
                Add(RootVariable(instance), call);
            }

            var reader = method.ContainingType?.ToDisplayString() is "System.Linq.Enumerable" or "System.Math" or "System.MathF" or "System.String";
            foreach (var argument in call.Arguments)
            {
                if (!reader && Unwrap(argument.Value) is { Type.IsReferenceType: true } passed && VariableOf(passed) is { } variable)
                {
                    Add(variable, call);
                }
            }
        }

        private void Add(ISymbol? variable, IOperation write)
        {
            if (variable is null)
            {
                return;
            }

            if (!_writes.TryGetValue(variable, out var list))
            {
                list = new List<IOperation>();
                _writes[variable] = list;
            }

            list.Add(write);
        }

        /// <summary>The variable an element or member chain starts at (<c>w[j]</c>, <c>buf[n][q]</c>, <c>s.Items</c>).</summary>
        private static ISymbol? RootVariable(IOperation? target)
        {
            for (var depth = 0; depth < 8 && Unwrap(target) is { } current; depth++)
            {
                switch (current)
                {
                    case IArrayElementReferenceOperation element:
                        target = element.ArrayReference;
                        continue;
                    case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list }:
                        target = list;
                        continue;
                    case IMemberReferenceOperation { Instance: { } owner } when owner is not IInstanceReferenceOperation:
                        target = owner;
                        continue;
                    default:
                        return VariableOf(current);
                }
            }

            return null;
        }
    }
}
