// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Helpers with statements (<c>double Dot(ReadOnlySpan&lt;double&gt; a, ReadOnlySpan&lt;double&gt; b) { double s = 0;
/// for (…) s += a[i] * b[i]; return s; }</c>): each call is lowered as ForwardRow code placed before the calling
/// statement. Value parameters become fresh locals holding the arguments, span parameters views, the helper's locals and
/// loop variables get names of their own, and each <c>return v</c> (at the end of the body or of an if branch, the rest
/// of the body becoming the else branch) assigns a fresh result local, which the call stands for. A helper only writes
/// its own locals, so running it before the statement changes nothing else the statement reads; a call that may not run
/// (in a branch of ?: or a switch arm, or right of &amp;&amp; or ||) hoists the whole choice (ForwardRowLowering.GuardedHoisting.cs).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private bool InStatementHelper => _inlineFrames.Any(f => f.HasStatements);

    /// <summary>True when <paramref name="body"/> is local declarations that are never reassigned followed by one <c>return value</c>.</summary>
    private bool IsExpressionHelper(IBlockOperation body)
    {
        ImmutableArray<IOperation> operations = body.Operations;
        if (operations.Length == 0 || operations[operations.Length - 1] is not IReturnOperation { ReturnedValue: not null })
        {
            return false;
        }

        for (int i = 0; i < operations.Length - 1; i++)
        {
            if (operations[i] is not IVariableDeclarationGroupOperation)
            {
                return false;
            }
        }

        return !body.Descendants().Any(d => d is ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation);
    }

    /// <summary>The result local (a <see cref="RealLocal"/> or <see cref="IntMutable"/>) of the inlined call; null (reported) when it cannot be inlined.</summary>
    private object? InlineStatements(IInvocationOperation invocation, IMethodSymbol target, IBlockOperation body)
    {
        if (_context is null || _conditionalDepth > 0)
        {
            ReportCall(invocation, "a helper with statements runs before the statement that calls it, so it cannot be called where nothing can run before it (a loop header or step, a branch of a choice inside an index or loop bound); call it into a local first");
            return null;
        }

        RealType? realReturn = RealTypeOf(target.ReturnType);
        if (realReturn is null && !IsInteger(target.ReturnType))
        {
            ReportCall(invocation, "not a helper that returns float, double or int" + (target.ReturnType.IsTupleType ? " (a helper returning a tuple is deconstructed: var (a, b) = Helper(…);)" : string.Empty));
            return null;
        }

        return InlineStatementsInto(invocation, target, body, [realReturn]) is [var single] ? single : null;
    }

    /// <summary>
    /// Inlines a helper with statements whose result has one slot per entry of <paramref name="slots"/> (a real type, or
    /// null for int): one for a float, double or int helper, one per element for a helper returning a tuple. Returns the
    /// result locals (<see cref="RealLocal"/> or <see cref="IntMutable"/>), or null (reported).
    /// </summary>
    private List<object>? InlineStatementsInto(IInvocationOperation invocation, IMethodSymbol target, IBlockOperation body, IReadOnlyList<RealType?> slots)
    {
        if (_context is null || _conditionalDepth > 0)
        {
            ReportCall(invocation, "a helper with statements runs before the statement that calls it, so it cannot be called where nothing can run before it (a loop header or step, a branch of a choice inside an index or loop bound); call it into a local first");
            return null;
        }

        if (!IsWholeValueOfStatement(invocation) && WrittenReferenceParameter(target, body) is { } byReference)
        {
            ReportCall(invocation, "it writes the caller's variable through its " + RefKindText(byReference.RefKind) + " parameter '" + byReference.Name +
                "' and runs before the statement that calls it, so it is called as a statement of its own or as the whole value of a declaration or assignment (double v = Step(x, ref state);)");
            return null;
        }

        if (!IsWholeValueOfStatement(invocation) && WrittenSpanParameter(target, body) is { } written)
        {
            ReportCall(invocation, "it writes its span parameter '" + written.Name + "' and runs before the statement that calls it, so it is called as a statement of its own " +
                "or as the whole value of a declaration or assignment (double norm = Normalize(v);)");
            return null;
        }

        ScanReassigned(body);
        var frame = new InlineFrame(target) { HasStatements = true };
        var statements = new List<Statement>();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return null;
            }

            if (parameter.RefKind == RefKind.None && RealTypeOf(parameter.Type) is { } parameterType)
            {
                // A value parameter is a local of its own holding the argument (the helper may assign it).
                if (Real(argument.Value) is not { } value)
                {
                    return null;
                }

                int local = NewRealLocal(parameter.Name, parameterType);
                statements.Add(new AssignLocal(target.Name + "(" + parameter.Name + ": " + Text(argument.Value.Syntax) + ")", local, Coerce(value, parameterType), IsDeclaration: true));
                frame.Reals[parameter] = new RealLocal(parameterType, local);
            }
            else if (!Bind(frame, parameter, parameter.Type, argument.Value))
            {
                return null;
            }
        }

        string resultName = char.ToLowerInvariant(target.Name[0]) + target.Name.Substring(1);
        var results = new List<(RealType? Type, int Id)>(slots.Count);
        foreach (RealType? slot in slots)
        {
            results.Add((slot, slot is { } type ? NewRealLocal(resultName, type) : NewMutableInt(resultName)));
        }

        _inlineFrames.Add(frame);
        try
        {
            LowerHelperBody(body.Operations.ToList(), results, statements);
        }
        finally
        {
            _inlineFrames.RemoveAt(_inlineFrames.Count - 1);
        }

        _context.Before.AddRange(statements);
        return results.Select(r => r.Type is { } returned ? (object)new RealLocal(returned, r.Id) : new IntMutable(r.Id)).ToList();
    }

    /// <summary>
    /// A call of a helper as a statement (<c>Cross(a, b, y.Slice(0, 3));</c>): its body runs in place, span parameters
    /// aliased to the caller's views (so it writes y, a buffer or a window of one), and its result, if any, is dropped.
    /// False when the call is not to the user's own code (reported by the caller).
    /// </summary>
    private bool TryInlineCallStatement(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        if (target.MethodKind != MethodKind.LocalFunction && target.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        string why = InlineBlocker(target, out IBlockOperation? body);
        var slots = new List<RealType?>();
        ITypeSymbol returned = target.ReturnType;
        IEnumerable<ITypeSymbol> results = target.ReturnsVoid ? [] : returned is INamedTypeSymbol { IsTupleType: true } tuple ? tuple.TupleElements.Select(e => e.Type) : [returned];
        foreach (ITypeSymbol result in results)
        {
            if (RealTypeOf(result) is null && !IsInteger(result))
            {
                why = why.Length > 0 ? why : "not a helper that returns nothing or float, double or int values";
                break;
            }

            slots.Add(RealTypeOf(result));
        }

        if (why.Length > 0)
        {
            ReportCall(invocation, why);
            return true;
        }

        InlineStatementsInto(invocation, target, body!, slots);
        return true;
    }

    /// <summary>
    /// True when nothing in the calling statement is evaluated before the call but after a hoisted helper would run: the
    /// call is the statement, or the whole value of a declaration, an assignment or a deconstruction.
    /// </summary>
    private static bool IsWholeValueOfStatement(IInvocationOperation invocation)
    {
        IOperation value = invocation;
        while (value.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion;
        }

        return value.Parent switch
        {
            IExpressionStatementOperation or IVariableInitializerOperation or IReturnOperation => true,
            ISimpleAssignmentOperation assignment when assignment.Value == value => assignment.Parent is IExpressionStatementOperation,
            IDeconstructionAssignmentOperation deconstruction when deconstruction.Value == value => deconstruction.Parent is IExpressionStatementOperation,
            _ => false,
        };
    }

    /// <summary>A <c>Span&lt;T&gt;</c> parameter of <paramref name="helper"/> its body writes (an element, Clear, Fill, a CopyTo into it, or passes on as a Span); else null.</summary>
    private static IParameterSymbol? WrittenSpanParameter(IMethodSymbol helper, IBlockOperation body)
    {
        foreach (IOperation operation in body.Descendants())
        {
            IOperation? written = operation switch
            {
                ISimpleAssignmentOperation simple => simple.Target,
                ICompoundAssignmentOperation compound => compound.Target,
                IIncrementOrDecrementOperation step => step.Target,
                IInvocationOperation { TargetMethod.Name: "Clear" or "Fill", Instance: { } instance } => instance,
                IInvocationOperation { TargetMethod.Name: "CopyTo", Arguments: [var destination] } => destination.Value,
                IArgumentOperation { Parameter.Type: { } parameterType } argument when SpanElement(parameterType, "Span") is not null => argument.Value,
                _ => null,
            };
            if (written is not null && SpanParameterBehind(written) is { } parameter &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, helper))
            {
                return parameter;
            }

            if (operation is IDeconstructionAssignmentOperation { Target: ITupleOperation tuple } &&
                tuple.Elements.Select(SpanParameterBehind).FirstOrDefault(p => p is not null && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, helper)) is { } element)
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The Span&lt;T&gt; parameter an element access, slice or conversion is taken from, or null.</summary>
    private static IParameterSymbol? SpanParameterBehind(IOperation operation) =>
        StorageBehind(operation) is IParameterReferenceOperation reference && SpanElement(reference.Parameter.Type, "Span") is not null ? reference.Parameter : null;

    private int NewRealLocal(string name, RealType type)
    {
        int id = _localInfos.Count;
        _localInfos.Add((name, type));
        return id;
    }

    /// <summary>Lowers a helper's statements; a <c>return v</c> assigns the result and ends the list (ForwardRowLowering.Exits.cs).</summary>
    private void LowerHelperBody(List<IOperation> operations, IReadOnlyList<(RealType? Type, int Id)> results, List<Statement> output) =>
        LowerStatements(operations, output, [new ListExit(operation => operation is IReturnOperation, (exit, produced) =>
        {
            if (exit is IReturnOperation { ReturnedValue: { } returned })
            {
                LowerInContext(produced, exit, allowsAfter: true, assigned => AssignResult(returned, results, assigned));
            }
        })]);

    private void AssignResult(IOperation returned, IReadOnlyList<(RealType? Type, int Id)> results, List<Statement> output)
    {
        string source = Text(returned.Parent?.Syntax ?? returned.Syntax);
        if (results.Count != 1)
        {
            // return c ? (a, b) : (b, a); chooses a tuple: an if whose branches each return theirs.
            if (Unconverted(returned) is IConditionalOperation { IsRef: false, WhenFalse: { } otherwise } choice)
            {
                EquatableArray<Statement> Branch(IOperation value)
                {
                    var branch = new List<Statement>();
                    LowerInContext(branch, null, allowsAfter: true, produced => AssignResult(value, results, produced));
                    return new EquatableArray<Statement>(branch.ToImmutableArray());
                }

                if (Condition(choice.Condition) is { } condition)
                {
                    output.Add(new IfStatement(source, condition, Branch(choice.WhenTrue), Branch(otherwise)));
                }

                return;
            }

            // return (mean, std); of a helper deconstructed by its caller: each element assigns its result local.
            if (Unconverted(returned) is not ITupleOperation tuple || tuple.Elements.Length != results.Count)
            {
                Report(RuleIdentifiers.UnsupportedCall, returned, "the returned value '" + Text(returned.Syntax) + "'", "a helper returning a tuple returns a tuple literal or a choice of them: return (a, b); return a < b ? (a, b) : (b, a);");
                return;
            }

            for (int i = 0; i < results.Count; i++)
            {
                AssignResult(tuple.Elements[i], [results[i]], output);
            }

            return;
        }

        (RealType? realReturn, int result) = results[0];
        if (realReturn is { } type)
        {
            if (Real(returned) is { } value)
            {
                output.Add(new AssignLocal(source, result, Coerce(value, type), IsDeclaration: true));
            }
        }
        else if (IntAssignmentValue(returned) is { } integer)
        {
            output.Add(new IntAssign(source, result, integer, IsDeclaration: true));
        }
    }
}
