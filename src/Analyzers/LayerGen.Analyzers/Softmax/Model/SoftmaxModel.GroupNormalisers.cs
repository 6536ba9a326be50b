using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a group loop provably restarts its normaliser per group (keygather round 3, condition 2): a keyed group gather
/// is reported only when nothing floating-point the loop writes can carry over from one group to the next, so the exps
/// can only be summed into a local declared inside the loop (or reset to a constant as the first thing the loop body does
/// to it). A total carried in an outer local, a field, a property, an element the group picks, a tuple, a <c>ref</c> local
/// or through a call the model does not read (a source method, a local function, a delegate) may be the normaliser of one
/// softmax over the union of the groups, which the whole dictionary's peak bounds: not proven, so silent.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="RestartsEveryTotal"/>, per group loop.</summary>
    private readonly Dictionary<IOperation, bool> _groupLoopRestarts = new();

    /// <summary>
    /// True when every floating-point write of <paramref name="groupLoop"/> (its lambdas included) lands in a local declared
    /// inside it, in a local reset to a constant at the top of its body, or in an element the group's inner loops address
    /// (<c>w[t] = e</c>), and the loop calls no source method, local function or delegate. One walk per loop, memoised.
    /// </summary>
    private bool RestartsEveryTotal(IOperation groupLoop)
    {
        if (_groupLoopRestarts.TryGetValue(groupLoop, out var restarts))
        {
            return restarts;
        }

        var innerLoops = groupLoop.Descendants().OfType<ILoopOperation>().ToList();
        restarts = true;
        foreach (var node in groupLoop.Descendants())
        {
            var carries = node switch
            {
                IInvocationOperation call => IsOpaqueCall(call.TargetMethod),
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => LeafTargets(argument.Value).Any(target => MayCarry(target, argument, groupLoop, innerLoops)),
                IAssignmentOperation assignment => LeafTargets(assignment.Target).Any(target => MayCarry(target, assignment, groupLoop, innerLoops)),
                IIncrementOrDecrementOperation step => MayCarry(Unwrap(step.Target)!, step, groupLoop, innerLoops),
                _ => false,
            };
            if (carries)
            {
                restarts = false;
                break;
            }
        }

        _groupLoopRestarts[groupLoop] = restarts;
        return restarts;
    }

    /// <summary>A call whose effects the model does not read: a method in source (it may add to a field), a local function or a delegate.</summary>
    private static bool IsOpaqueCall(IMethodSymbol method) =>
        method.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke || method.Locations.Any(location => location.IsInSource);

    /// <summary>The variables and elements a target writes: the elements of a tuple or deconstruction, the declared variable.</summary>
    private static IEnumerable<IOperation> LeafTargets(IOperation target)
    {
        target = Unwrap(target)!;
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = Unwrap(declaration.Expression)!;
        }

        return target is ITupleOperation tuple ? tuple.Elements.SelectMany(LeafTargets) : new[] { target };
    }

    /// <summary>
    /// True when the write <paramref name="write"/> to <paramref name="target"/> may carry a floating-point value from one group
    /// to the next (see <see cref="RestartsEveryTotal"/>). Integer counters, strings and other non-floating targets never do.
    /// </summary>
    private bool MayCarry(IOperation target, IOperation write, IOperation groupLoop, List<ILoopOperation> innerLoops)
    {
        switch (target)
        {
            case ILocalReferenceOperation { Local: var local }:
                if (!IsFloatingOrTuple(local.Type))
                {
                    return false;
                }

                return local.IsRef || (!DeclaredIn(local, groupLoop) && !IsResetAtTopOfBody(write, local, groupLoop));
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                // w[t] = e, w[t] /= z: a store at a key or slot an inner loop walks. An addition into an element, or a store
                // at a slot the group picks (acc[0] += m, sums[sector] = z), may be a total over the groups.
                var indices = target is IArrayElementReferenceOperation element ? element.Indices : ((IPropertyReferenceOperation)target).Arguments.Select(argument => argument.Value);
                return IsFloatingOrTuple(target.Type)
                    && (write is IIncrementOrDecrementOperation or ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract }
                        || !indices.Any(index => index.DescendantsAndSelf().OfType<ILocalReferenceOperation>()
                            .Any(read => innerLoops.Any(inner => DeclaredIn(read.Local, inner)))));
            case IDiscardOperation:
                return false;
            default:
                // _total += e, Grand += z, acc.Mass = …: a member outlives the group.
                return IsFloatingOrTuple(target.Type);
        }
    }

    /// <summary>True when <paramref name="local"/> is declared inside <paramref name="scope"/>'s source (header included).</summary>
    private static bool DeclaredIn(ILocalSymbol local, IOperation scope) =>
        local.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == scope.Syntax.SyntaxTree && scope.Syntax.Span.Contains(reference.Span));

    /// <summary>
    /// <c>sum = 0;</c> as a statement of <paramref name="groupLoop"/>'s body block, with no earlier statement of that block
    /// touching <paramref name="local"/>: the total restarts for every group.
    /// </summary>
    private static bool IsResetAtTopOfBody(IOperation write, ILocalSymbol local, IOperation groupLoop)
    {
        if (write is not ISimpleAssignmentOperation { Value.ConstantValue.HasValue: true, Parent: IExpressionStatementOperation statement }
            || groupLoop is not ILoopOperation { Body: IBlockOperation body } || statement.Parent != body)
        {
            return false;
        }

        return body.Operations.TakeWhile(earlier => earlier != statement)
            .All(earlier => !earlier.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(read => SymbolEqualityComparer.Default.Equals(read.Local, local)));
    }

    /// <summary>A double, float or decimal, or a tuple holding one: a type a softmax total can be carried in.</summary>
    private static bool IsFloatingOrTuple(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal
        || (type is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Any(element => IsFloatingOrTuple(element.Type)));
}
