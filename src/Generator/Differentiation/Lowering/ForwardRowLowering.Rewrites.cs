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
/// Constructs NumPy and C ports use all the time, lowered to the statements the IR already has:
/// a counting <c>while</c> (<c>int i = a; while (i &lt; b) { …; i += k; }</c>, k a constant, at the top level or in a
/// loop body, or as a <c>do</c>-<c>while</c>) is a <c>for</c> loop (and, when i is read after it, a reassigned integer
/// holding its final value);
/// <c>span.Clear()</c>, <c>span.Fill(v)</c>
/// and <c>source.CopyTo(span)</c> are element loops; a <c>bool</c> local is a real local holding 1 or 0.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly HashSet<ILocalSymbol> _boolLocals = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Lowers <c>statements[k]</c> and the while loop after it as one counting loop when they are one, advancing
    /// <paramref name="k"/> past the loop; false (nothing lowered) otherwise. Every statement list (ForwardRow's, a loop
    /// body's, a helper's) goes through here, so all of them take the same loop forms.
    /// </summary>
    private bool TryLowerCountingWhileAt(List<IOperation> statements, ref int k, List<Statement> output)
    {
        if (k + 1 >= statements.Count || statements[k + 1] is not IWhileLoopOperation loop)
        {
            return false;
        }

        bool counted = false;
        int at = k;
        LowerInContext(output, null, allowsAfter: false, o => counted = TryLowerCountingWhile(statements[at], loop, statements.Skip(at + 2), o));
        if (counted)
        {
            k++;
        }

        return counted;
    }

    /// <summary>Lowers <c>int i = start; while (i op bound) { body; i++; }</c> as a for loop; false (nothing reported) when it is not that.</summary>
    private bool TryLowerCountingWhile(IOperation declaration, IWhileLoopOperation loop, IEnumerable<IOperation> after, List<Statement> output) =>
        !loop.ConditionIsUntil && loop.Body is not null && ConvergingCounters(loop.Condition, [loop.Body]) is null &&
        TryLowerCounterLoop(declaration, loop, loop.Condition, loop.ConditionIsTop, after, output);

    /// <summary>
    /// Lowers a loop over a counter declared by <paramref name="declaration"/> (directly before a while or do loop, or in
    /// a for header without incrementors) whose condition compares it and whose body steps it (anywhere in the body,
    /// ForwardRowLowering.CounterSteps.cs) as a for loop; false (nothing reported) when it is not that.
    /// </summary>
    private bool TryLowerCounterLoop(IOperation declaration, ILoopOperation loop, IOperation? loopCondition, bool conditionIsTop, IEnumerable<IOperation> after, List<Statement> output)
    {
        List<IOperation> body = StatementsOf(loop.Body);
        if (declaration is not IVariableDeclarationGroupOperation { Declarations: [{ Declarators: var declarators }] } ||
            CountedDeclarator(declarators, loopCondition, body) is not { Symbol: var variable } declarator ||
            !IsInteger(variable.Type) || (declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value) is not { } startOperation ||
            loopCondition is not IBinaryOperation condition || CompareOperatorOf(condition.OperatorKind) is null)
        {
            return false;
        }

        bool usedAfter = after.Any(statement => statement.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, variable)));

        // int i = 0, n = x.Length; while (i < n): the other declarators are ordinary locals set before the loop.
        foreach (IVariableDeclaratorOperation other in declarators.Where(d => d != declarator))
        {
            LowerDeclarator(other, declaration, output);
        }

        string header = Header(loop.Syntax, loop.Body);
        IntExpr? start = Int(startOperation);
        int id = _intInfos.Count;
        _intInfos.Add((variable.Name, !InStatementHelper));
        _intLocals[variable] = id;
        _loopVariables.Add(id);
        (CompareOperator Operator, IntExpr Bound)? bound = LoopCondition(condition, variable, id);
        CounterStep? counterStep = FindCounterStep(body, variable, loop, header);
        int? step = counterStep?.Amount;
        bool directionMatches = bound is { } c && step is { } s &&
            (s > 0 ? c.Operator is CompareOperator.Less or CompareOperator.LessOrEqual : c.Operator is CompareOperator.Greater or CompareOperator.GreaterOrEqual);
        if (bound is not null && step is not null && !directionMatches)
        {
            Report(RuleIdentifiers.UnsupportedLoop, condition, "the loop condition '" + Text(condition.Syntax) + "' against the step", Supported.Loops);
        }

        var lowered = new List<Statement>();
        if (counterStep is not null)
        {
            LowerBodyAroundStep(body, counterStep, variable, id, loop.ContinueLabel, lowered);
        }

        if (start is not null && bound is { } b && step is { } st && directionMatches)
        {
            if (!conditionIsTop)
            {
                b = (b.Operator, AtLeastOnce(start, b.Operator, b.Bound));
            }

            output.Add(CountedLoop(new ForLoop(header, id, start, b.Operator, b.Bound, st, new EquatableArray<Statement>(lowered.ToImmutableArray())), condition, loop));
            if (usedAfter)
            {
                // Read after the loop: from here on the counter is a reassigned integer holding its final value.
                int final = NewMutableInt(variable.Name);
                _intLocals[variable] = final;
                output.Add(new IntAssign(header + " (the counter's value after it)", final, FinalValue(start, b.Operator, b.Bound, st), IsDeclaration: true));
            }
        }

        return true;
    }

    /// <summary>The loop variable's value when a loop ends: the first value that fails the condition, or the start.</summary>
    private static IntExpr FinalValue(IntExpr start, CompareOperator op, IntExpr bound, int step)
    {
        if (step is not (1 or -1))
        {
            // start + step · max(trips, 0)
            IntExpr trips = TripCount(start, op, bound, step);
            return new IntChoose(new IntCompare(CompareOperator.Greater, trips, new IntConstant(0)), SteppedValue(start, step, trips), start);
        }

        IntExpr end = op switch
        {
            CompareOperator.LessOrEqual => new IntBinary(IntOperator.Add, bound, new IntConstant(1)),
            CompareOperator.GreaterOrEqual => new IntBinary(IntOperator.Subtract, bound, new IntConstant(1)),
            _ => bound,
        };
        bool up = op is CompareOperator.Less or CompareOperator.LessOrEqual;
        return new IntChoose(new IntCompare(up ? CompareOperator.Less : CompareOperator.Greater, start, end), end, start);
    }

    /// <summary>The declarator of the variable a loop compares in its condition and its body steps (<c>i</c> of <c>int i = 0, n = x.Length; while (i &lt; n) { …; i++; }</c>).</summary>
    private static IVariableDeclaratorOperation? CountedDeclarator(ImmutableArray<IVariableDeclaratorOperation> declarators, IOperation? condition, List<IOperation> body) =>
        condition is IBinaryOperation comparison
            ? declarators.FirstOrDefault(d => ComparesVariable(comparison, d.Symbol) && Steps(body, d.Symbol))
            : null;

    /// <summary>
    /// <c>span.Clear()</c>, <c>span.Fill(v)</c>, <c>source.CopyTo(span)</c> on y, a local buffer or a view of one
    /// (<c>y.Slice(2, 3).Clear()</c>, a helper's span parameter) as an element loop over the view; false when the call is
    /// none of these.
    /// </summary>
    private bool TryLowerSpanCall(IInvocationOperation invocation, string source, List<Statement> output)
    {
        if (SpanCallOf(invocation) is not ({ } name, { } receiver, var arguments) ||
            (name, arguments.Length) is not (("Clear", 0) or ("Fill", 1) or ("CopyTo", 1)))
        {
            return false;
        }

        if (ViewOf(receiver) is not { } instance)
        {
            return name == "CopyTo" && TryLowerTableCopy(invocation, receiver, arguments[0], source, output);
        }

        View target = instance;
        RealExpr value;
        int id;
        if (name is "Clear" or "Fill")
        {
            if (!IsWritable(target.Array, invocation))
            {
                return true;
            }

            if (name == "Clear")
            {
                value = new RealConstant(ElementTypeOfArray(target.Array), 0);
            }
            else if (Real(arguments[0]) is { } fill)
            {
                if (Reads(fill, target.Array))
                {
                    Report(RuleIdentifiers.UnsupportedCall, arguments[0], "the fill value '" + Text(arguments[0].Syntax) + "', which reads the span it fills",
                        "compute the value into a local first");
                    return true;
                }

                value = Coerce(fill, ElementTypeOfArray(target.Array));
            }
            else
            {
                return true;
            }

            id = NewLoopVariable();
        }
        else
        {
            if (ViewOf(arguments[0]) is not { } destination)
            {
                return false;
            }

            LowerCopy(instance, destination, invocation, source, output);
            return true;
        }

        EquatableArray<Statement> body = new([new AssignElement(source, target.Array, target.At(new IntVariable(id)), value)]);
        output.Add(new ForLoop(source, id, new IntConstant(0), CompareOperator.Less, instance.Length, 1, body));
        return true;
    }

    /// <summary>Lowers a copy of the window <paramref name="from"/> into <paramref name="to"/> as an element loop (reported when it does not fit).</summary>
    private void LowerCopy(View from, View to, IInvocationOperation invocation, string source, List<Statement> output)
    {
        if (!IsWritable(to.Array, invocation) || !CopyFits(from, to, invocation, source) || from == to)
        {
            return; // (a span copied onto itself changes nothing)
        }

        int id = NewLoopVariable();
        RealExpr value = Coerce(new ElementRead(ElementTypeOfArray(from.Array), from.Array, from.At(new IntVariable(id))), ElementTypeOfArray(to.Array));
        EquatableArray<Statement> body = new([new AssignElement(source, to.Array, to.At(new IntVariable(id)), value)]);
        output.Add(new ForLoop(source, id, new IntConstant(0), CompareOperator.Less, from.Length, 1, body));
    }

    /// <summary>
    /// <c>Table.AsSpan(…).CopyTo(span)</c> (or <c>Table.CopyTo(span)</c>) of a float or double constant table into y, a
    /// local buffer or a view of one: an element loop whose values are constants (no adjoint flows back). False when the
    /// source is no table window.
    /// </summary>
    private bool TryLowerTableCopy(IInvocationOperation invocation, IOperation receiver, IOperation argument, string source, List<Statement> output)
    {
        if (TableViewOf(receiver, receiver) is not { } table)
        {
            return false;
        }

        if (ViewOf(argument) is not { } destination || table.Element is null)
        {
            Report(RuleIdentifiers.UnsupportedCall, invocation, "'" + source + "'", "a float or double table copies into y, a local buffer or a window of one");
            return true;
        }

        if (!IsWritable(destination.Array, invocation))
        {
            return true;
        }

        if (!CopyLengthsFit(invocation, source, ConstantValue(table.Length), ConstantValue(destination.Length)))
        {
            return true;
        }

        int id = NewLoopVariable();
        RealExpr value = Coerce(new RealTableRead(table.Element.Value, table.Table, table.At(new IntVariable(id))), ElementTypeOfArray(destination.Array));
        EquatableArray<Statement> body = new([new AssignElement(source, destination.Array, destination.At(new IntVariable(id)), value)]);
        output.Add(new ForLoop(source, id, new IntConstant(0), CompareOperator.Less, table.Length, 1, body));
        return true;
    }

    /// <summary>
    /// The span method a call applies, its receiver and its other arguments, however the receiver is typed: an instance
    /// call on a span (<c>buffer.Clear()</c>), an extension on an array or span (<c>MemoryExtensions.CopyTo(array,
    /// span)</c>, written <c>array.CopyTo(y)</c>) or <c>Array.Clear(array)</c> / <c>Array.Fill(array, v)</c> (the whole
    /// array). Null for any other call.
    /// </summary>
    private static (string Name, IOperation Receiver, ImmutableArray<IOperation> Arguments)? SpanCallOf(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        ImmutableArray<IOperation> arguments = invocation.Arguments.Select(a => a.Value).ToImmutableArray();
        if (!method.IsStatic && invocation.Instance is { } instance)
        {
            return (method.Name, instance, arguments);
        }

        string? container = method.ContainingType?.ToDisplayString();
        bool memoryExtension = method.IsExtensionMethod && container == "System.MemoryExtensions";
        bool arrayHelper = container == "System.Array" && method.Name is "Clear" or "Fill" && arguments.Length is 1 or 2;
        return arguments.Length > 0 && (memoryExtension || arrayHelper) ? (method.Name, arguments[0], arguments.RemoveAt(0)) : null;
    }

    /// <summary>
    /// True when <c>source.CopyTo(destination)</c> is an element loop that copies what C# copies: the source is no longer
    /// than the destination (both lengths known at compile time, or the same expression) and, within one span, the
    /// destination does not start inside the source after its start (a forward loop would read what it already wrote).
    /// </summary>
    private bool CopyFits(View source, View destination, IInvocationOperation invocation, string text)
    {
        int? sourceLength = ConstantValue(source.Length), destinationLength = ConstantValue(destination.Length);
        if (!source.Length.Equals(destination.Length) && !CopyLengthsFit(invocation, text, sourceLength, destinationLength))
        {
            return false;
        }

        if (source.Array != destination.Array || source == destination)
        {
            return true;
        }

        int? from = source.Offset is null ? 0 : ConstantValue(source.Offset), to = destination.Offset is null ? 0 : ConstantValue(destination.Offset);
        if (from is null || to is null || (to > from && (sourceLength is null || to < from + sourceLength)))
        {
            Report(RuleIdentifiers.UnsupportedCall, invocation, "'" + text + "', which copies a window of a span onto an overlapping later window of it",
                "copy through a local buffer, or between windows that do not overlap");
            return false;
        }

        return true;
    }

    /// <summary>True when a copy of <paramref name="sourceLength"/> values fits <paramref name="destinationLength"/>, both known; else reported.</summary>
    private bool CopyLengthsFit(IInvocationOperation invocation, string text, int? sourceLength, int? destinationLength)
    {
        if (sourceLength is not null && destinationLength is not null && sourceLength <= destinationLength)
        {
            return true;
        }

        string lengths = sourceLength is null || destinationLength is null ? "a length not known at compile time" : sourceLength + " values into " + destinationLength;
        Report(RuleIdentifiers.UnsupportedCall, invocation, "'" + text + "', which copies " + lengths,
            "the destination must be at least as long as the source, with lengths known at compile time");
        return false;
    }

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private bool IsWritable(ArrayRef target, IInvocationOperation invocation)
    {
        if (target.Kind is ArrayKind.Output or ArrayKind.Buffer)
        {
            return true;
        }

        Report(RuleIdentifiers.UnsupportedWrite, invocation, "writing to '" + Text(invocation.Syntax) + "'", Supported.Writes);
        return false;
    }

    /// <summary>A fresh loop variable for a lowered span call: a name no variable in scope has.</summary>
    private int NewLoopVariable()
    {
        var taken = new HashSet<string>(_intInfos.Select(i => i.Name).Concat(_localInfos.Select(l => l.Name)).Concat(_bufferInfos.Select(b => b.Name))
            .Concat(_method.Parameters.Select(p => p.Name)), System.StringComparer.Ordinal);
        string name = "index";
        for (int suffix = 2; taken.Contains(name); suffix++)
        {
            name = "index" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        int id = _intInfos.Count;
        _intInfos.Add((name, true));
        _loopVariables.Add(id);
        return id;
    }

    private static bool Reads(RealExpr expression, ArrayRef array) => expression switch
    {
        ElementRead read => read.Array == array,
        RealNegate negate => Reads(negate.Operand, array),
        RealBinary binary => Reads(binary.Left, array) || Reads(binary.Right, array),
        MathCall call => call.Arguments.Any(a => Reads(a, array)),
        RealConvert convert => Reads(convert.Operand, array),
        RealChoose choose => Reads(choose.Condition, array) || Reads(choose.WhenTrue, array) || Reads(choose.WhenFalse, array),
        _ => false,
    };

    private static bool Reads(Condition condition, ArrayRef array) => condition switch
    {
        RealCompare compare => Reads(compare.Left, array) || Reads(compare.Right, array),
        Logical logical => Reads(logical.Left, array) || Reads(logical.Right, array),
        Not not => Reads(not.Operand, array),
        _ => false,
    };

    /// <summary>Declares a bool local as a real local of the element type holding 1 (true) or 0 (false).</summary>
    private void LowerBoolDeclarator(ILocalSymbol local, IOperation? initializer, IOperation statement, List<Statement> output)
    {
        int id = _localInfos.Count;
        _localInfos.Add((local.Name, _elementType));
        _realLocals[local] = id;
        _boolLocals.Add(local);
        _rejectedLocals.Remove(local);
        if (initializer is not null && Condition(initializer) is { } condition)
        {
            output.Add(new AssignLocal(Text(statement.Syntax), id, AsReal(condition), IsDeclaration: true));
        }
    }

    private bool IsBoolLocal(IOperation operation) => operation is ILocalReferenceOperation reference && _boolLocals.Contains(reference.Local);

    private RealExpr AsReal(Condition condition) =>
        new RealChoose(_elementType, condition, new RealConstant(_elementType, 1), new RealConstant(_elementType, 0));

    /// <summary>The condition a bool local holds: its value is not 0.</summary>
    private Condition BoolLocalCondition(ILocalReferenceOperation reference)
    {
        int id = _realLocals[reference.Local];
        return new RealCompare(CompareOperator.NotEqual, new RealLocal(_elementType, id), new RealConstant(_elementType, 0));
    }
}
