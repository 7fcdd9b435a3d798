<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>chairside::AbsenceDialog</name>
    <message>
        <location filename="../ui/officedaydialogs.cpp" line="+342"/>
        <source>Provider away</source>
        <translation>Ausencia de un profesional</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Mark away</source>
        <translation>&amp;Marcar ausencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bac&amp;k at work</source>
        <translation>De &amp;vuelta al trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visit</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other options</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply &amp;selected</source>
        <translation>Aplicar &amp;seleccionadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply &amp;all</source>
        <translation>Aplicar &amp;todas</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 works on %2 as usual, %n visit(s) booked. Mark them away to see where each visit could go.</source>
        <translation>
            <numerusform>%1 trabaja el %2 como siempre, %n cita agendada. Márquelo ausente para ver adónde podría ir cada cita.</numerusform>
            <numerusform>%1 trabaja el %2 como siempre, %n citas agendadas. Márquelo ausente para ver adónde podría ir cada cita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is away on %2; %n visit(s) to move.</source>
        <translation>
            <numerusform>%1 está ausente el %2; %n cita por mover.</numerusform>
            <numerusform>%1 está ausente el %2; %n citas por mover.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Emergency · %1</source>
        <translation>Urgencia · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same time with %1 · %2</source>
        <translation>Misma hora con %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No place in the next %n day(s): call the patient</source>
        <translation>
            <numerusform>Sin lugar en el próximo %n día: llame al paciente</numerusform>
            <numerusform>Sin lugar en los próximos %n días: llame al paciente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pick the visits to move first.</source>
        <translation>Elija primero las citas que quiere mover.</translation>
    </message>
</context>
<context>
    <name>chairside::AbsenceService</name>
    <message>
        <location filename="../models/services/absenceservice.cpp" line="+55"/>
        <source>Pick the day the provider is away.</source>
        <translation>Elija el día en que el profesional está ausente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+54"/>
        <source>There is no provider &quot;%1&quot;; check the id.</source>
        <translation>No existe el profesional &quot;%1&quot;; revise el identificador.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 is not marked away on %2.</source>
        <translation>%1 no está marcado como ausente el %2.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The proposals could not be worked out; try again.</source>
        <translation>No se pudieron calcular las propuestas; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A proposal no longer fits (%1) Nothing was moved; review the day again.</source>
        <translation>Una propuesta ya no cabe (%1) No se movió nada; revise el día de nuevo.</translation>
    </message>
</context>
<context>
    <name>chairside::Access</name>
    <message>
        <location filename="../models/services/access.cpp" line="+93"/>
        <source>Your role (%1) may not do this; only the office manager may.</source>
        <translation>Su rol (%1) no permite hacer esto; solo el administrador del consultorio puede hacerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (%1) may not do this; ask the front desk or the office manager.</source>
        <translation>Su rol (%1) no permite hacer esto; pídaselo a recepción o al administrador del consultorio.</translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentDialog</name>
    <message>
        <location filename="../ui/appointmentdialog.cpp" line="+40"/>
        <source>Book an appointment</source>
        <translation>Agendar una cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name or phone</source>
        <translation>Nombre o teléfono</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matching patients</source>
        <translation>Pacientes que coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+245"/>
        <source>No patient chosen</source>
        <translation>Ningún paciente elegido</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;patient…</source>
        <translation>Nuevo &amp;paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first-time caller: add them, then book</source>
        <translation>Alguien que llama por primera vez: regístrelo y luego cítelo</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Sillón:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find next opening</source>
        <translation>&amp;Buscar el siguiente espacio libre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best openings; activate one to book it</source>
        <translation>Mejores espacios libres; active uno para agendarlo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Book</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+100"/>
        <source>Booking for %1</source>
        <translation>Cita para %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Appointment: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · speaks Spanish</source>
        <translation>%1 · habla español</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No patient matches “%1”</source>
        <translation>Ningún paciente coincide con «%1»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add to &amp;waitlist…</source>
        <translation>Agregar a la &amp;lista de espera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing suits: put the patient on the waitlist for this visit instead</source>
        <translation>Nada le conviene: poner al paciente en la lista de espera para esta cita</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That time does not exist on this date: the clocks change then.</source>
        <translation>Esa hora no existe en esta fecha: ese día se cambia el horario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find the patient by name or phone.</source>
        <translation>Busque al paciente por nombre o teléfono.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>No opening in the next %n day(s); add the patient to the waitlist.</source>
        <translation>
            <numerusform>No hay horario libre en el próximo %n día; agregue al paciente a la lista de espera.</numerusform>
            <numerusform>No hay horario libre en los próximos %n días; agregue al paciente a la lista de espera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at %2 — %3, %4</source>
        <translation>%1 a las %2 — %3, %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the patient first: find them by name or phone.</source>
        <translation>Elija primero al paciente: búsquelo por nombre o teléfono.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1&apos;s %2 to %3 at %4, with %5 in %6?</source>
        <translation>¿Pasar la cita de %2 de %1 al %3 a las %4, con %5 en %6?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book %1 for %2 on %3 at %4, with %5 in %6?</source>
        <translation>¿Dar cita a %1 para %2 el %3 a las %4, con %5 en %6?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move this visit?</source>
        <translation>¿Cambiar esta cita?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book this visit?</source>
        <translation>¿Dar esta cita?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Booking this patient needs an office manager&apos;s approval.</source>
        <translation>Agendar a este paciente requiere la aprobación del administrador del consultorio.</translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/appointmentlistmodel.cpp" line="+35"/>
        <source>%1 — %2, %3 %4 (%n min), %5</source>
        <translation>
            <numerusform>%1 — %2, %3 %4 (%n min), %5</numerusform>
            <numerusform>%1 — %2, %3 %4 (%n min), %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentStatus</name>
    <message>
        <location filename="../models/domain/appointment.cpp" line="+43"/>
        <source>scheduled</source>
        <translation>agendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked in</source>
        <translation>llegó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the chair</source>
        <translation>en el sillón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-show</source>
        <translation>inasistencia</translation>
    </message>
</context>
<context>
    <name>chairside::BlockoutDialog</name>
    <message>
        <location filename="../ui/blockoutdialog.cpp" line="+27"/>
        <source>New blockout</source>
        <translation>Nuevo bloqueo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blockout</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff meeting, lunch and learn, chair out of service…</source>
        <translation>Reunión de personal, almuerzo de formación, sillón fuera de servicio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole practice</source>
        <translation>Toda la clínica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: %1</source>
        <translation>Sillón: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Profesional: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keeps:</source>
        <translation>&amp;Reserva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeats weekly on:</source>
        <translation>&amp;Se repite cada semana el:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
</context>
<context>
    <name>chairside::BlockoutService</name>
    <message>
        <location filename="../models/services/blockoutservice.cpp" line="+79"/>
        <location line="+408"/>
        <source>This cache holds no practice yet; import a practice file first.</source>
        <translation>Esta caché aún no tiene ninguna clínica; importe primero un archivo de clínica.</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>Give the blockout a label people will read on the schedule, e.g. &quot;Staff meeting&quot;.</source>
        <translation>Dé al bloqueo una etiqueta que se lea en la agenda, p. ej. &quot;Reunión de personal&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the blockout a start and an end.</source>
        <translation>Indique el inicio y el final del bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blockout ends at or before it starts (%1); pick an end after its start.</source>
        <translation>El bloqueo termina antes de empezar o al mismo tiempo (%1); elija un final posterior al inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A blockout is for the whole practice, one chair or one provider; choose a chair or a provider, not both.</source>
        <translation>Un bloqueo es para toda la clínica, un sillón o un profesional; elija un sillón o un profesional, no ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+321"/>
        <source>There is no chair &quot;%1&quot; in this practice; pick one from the list.</source>
        <translation>No hay ningún sillón &quot;%1&quot; en esta clínica; elija uno de la lista.</translation>
    </message>
    <message>
        <location line="-318"/>
        <location line="+315"/>
        <source>There is no provider &quot;%1&quot; in this practice; pick one from the list.</source>
        <translation>No hay ningún profesional &quot;%1&quot; en esta clínica; elija uno de la lista.</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>A repeating blockout needs at least one weekday; tick the days it falls on.</source>
        <translation>Un bloqueo que se repite necesita al menos un día de la semana; marque los días en que cae.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repeating blockout ends on the day it starts; make it shorter, or make it once only.</source>
        <translation>Un bloqueo que se repite termina el mismo día en que empieza; acórtelo o hágalo de una sola vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repeat ends (%1) before the first date (%2); pick a later until date.</source>
        <translation>La repetición termina (%1) antes de la primera fecha (%2); elija una fecha final posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A blockout longer than 31 days is a closure; mark the provider away or split it.</source>
        <translation>Un bloqueo de más de 31 días es un cierre; marque al profesional como ausente o divídalo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 at %2 on %3 with %4 in %5</source>
        <comment>a booked visit a blockout would cover</comment>
        <translation>%1 a las %2 el %3 con %4 en %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visit</source>
        <translation>una cita</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the office manager changes blockouts and production blocks; your role (%1) sees them.</source>
        <translation>Solo el gerente de la clínica cambia los bloqueos y los bloques de producción; su rol (%1) puede verlos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That blockout is gone; the schedule was changed elsewhere. Reload it.</source>
        <translation>Ese bloqueo ya no existe; la agenda se cambió en otro lugar. Vuelva a cargarla.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The blockout would cover %n booked visit(s): %1. Move or cancel them first, or pick another time.</source>
        <translation>
            <numerusform>El bloqueo cubriría %n cita agendada: %1. Muévala o cancélela primero, o elija otra hora.</numerusform>
            <numerusform>El bloqueo cubriría %n citas agendadas: %1. Muévalas o cancélelas primero, o elija otra hora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A blockout with the id &quot;%1&quot; exists already; use another id or change that one.</source>
        <translation>Ya existe un bloqueo con el id &quot;%1&quot;; use otro id o cambie ese.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say where the blockout goes: a new start.</source>
        <translation>Indique adónde va el bloqueo: un nuevo inicio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; repeats weekly; it moves within its day. To change its days, open it (double-click) and edit the repeat.</source>
        <translation>&quot;%1&quot; se repite cada semana; se mueve dentro de su día. Para cambiar sus días, ábralo (doble clic) y edite la repetición.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&quot;%1&quot; falls on one day only; delete it instead.</source>
        <translation>&quot;%1&quot; cae en un solo día; elimínelo en su lugar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Give the production block a name people will read on the lanes, e.g. &quot;Crown/bridge&quot;.</source>
        <translation>Dé al bloque de producción un nombre que se lea en las columnas, p. ej. &quot;Corona/puente&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the provider or the chair (or both) the production block is for.</source>
        <translation>Elija el profesional o el sillón (o ambos) para el que es el bloque de producción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick the weekdays the production block falls on.</source>
        <translation>Marque los días de la semana en que cae el bloque de producción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The production block ends at or before it starts; pick an end after %1.</source>
        <translation>El bloque de producción termina antes de empezar o al mismo tiempo; elija un final después de las %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which visits the production block is for: appointment types or a category.</source>
        <translation>Indique para qué citas es el bloque de producción: tipos de cita o una categoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no appointment type &quot;%1&quot;; pick types from the list.</source>
        <translation>No hay ningún tipo de cita &quot;%1&quot;; elija tipos de la lista.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Release days are 0 to 365: how many days before its date a production block opens to any visit.</source>
        <translation>Los días de liberación van de 0 a 365: cuántos días antes de su fecha un bloque de producción se abre a cualquier cita.</translation>
    </message>
</context>
<context>
    <name>chairside::BookingService</name>
    <message>
        <location filename="../models/services/schedulepages.cpp" line="+28"/>
        <source>Busy</source>
        <comment>another provider&apos;s visit, shown without its patient</comment>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is off</source>
        <comment>a closed day&apos;s heading: the only provider who works that weekday</comment>
        <translation>%1 no trabaja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every provider is off</source>
        <comment>a closed day&apos;s heading: a holiday or everyone away</comment>
        <translation>Ningún profesional trabaja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one works on %1</source>
        <comment>a closed day&apos;s heading: %1 is a weekday name, &apos;Sunday&apos;</comment>
        <translation>Nadie trabaja el %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Choose 1 to 366 valid dates.</source>
        <translation>Elija de 1 a 366 fechas válidas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A schedule page covers 1 to 31 valid dates.</source>
        <translation>Una página de la agenda abarca de 1 a 31 fechas válidas.</translation>
    </message>
    <message>
        <location filename="../models/services/bookingservice.cpp" line="+184"/>
        <source>An earlier step of this change failed and nothing of it was saved; start it again.</source>
        <translation>Un paso anterior de este cambio falló y no se guardó nada; empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+751"/>
        <location line="+12"/>
        <source>The cache holds no practice yet; import a practice file first.</source>
        <translation>La caché todavía no tiene un consultorio; importe primero un archivo de consultorio.</translation>
    </message>
    <message>
        <location line="-742"/>
        <source>A change of several appointments is already open.</source>
        <translation>Ya hay abierto un cambio de varias citas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A step of this change failed and nothing of it was saved; start it again.</source>
        <translation>Un paso de este cambio falló y no se guardó nada; empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+490"/>
        <source>There is no appointment &quot;%1&quot;; check the id.</source>
        <translation>No existe la cita &quot;%1&quot;; revise el identificador.</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Your role (%1) may not do this; ask the front desk or the office manager.</source>
        <translation>Su rol (%1) no permite hacer esto; pídaselo a recepción o al administrador del consultorio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The approval was not accepted: %1</source>
        <translation>La aprobación no fue aceptada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an office manager can approve booking a patient over the no-show limit; %1 is not one.</source>
        <translation>Solo un administrador del consultorio puede aprobar agendar a un paciente por encima del límite de inasistencias; %1 no lo es.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The patient missed %n appointment(s) in the last 12 months; the practice asks for an office manager&apos;s approval to book them.</source>
        <translation>
            <numerusform>El paciente faltó a %n cita en los últimos 12 meses; el consultorio pide la aprobación del administrador para agendarlo.</numerusform>
            <numerusform>El paciente faltó a %n citas en los últimos 12 meses; el consultorio pide la aprobación del administrador para agendarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The idempotency key &quot;%1&quot; was already used for a different booking (appointment %2); use a new key for a new booking.</source>
        <translation>La clave de idempotencia &quot;%1&quot; ya se usó para otra reserva (cita %2); use una clave nueva para una reserva nueva.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>patient &quot;%1&quot;</source>
        <translation>el paciente &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appointment type &quot;%1&quot;</source>
        <translation>el tipo de cita &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider &quot;%1&quot;</source>
        <translation>el profesional &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chair &quot;%1&quot;</source>
        <translation>el sillón &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 in this practice; check the id.</source>
        <translation>No existe %1 en este consultorio; revise el identificador.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, no </source>
        <translation>, no existe </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A booking needs a start on a whole minute and a length of at least one minute.</source>
        <translation>Una cita necesita una hora de inicio en minutos exactos y una duración de al menos un minuto.</translation>
    </message>
    <message>
        <location filename="../models/services/bookingsearch.cpp" line="+208"/>
        <source>%1 %2 with %3 in %4</source>
        <translation>%1 %2 con %3 en %4</translation>
    </message>
    <message>
        <location filename="../models/services/bookingservice.cpp" line="+280"/>
        <source>the visit</source>
        <translation>la cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Say what to change: a new start, chair, provider, length or notes.</source>
        <translation>Indique qué cambiar: la hora de inicio, el sillón, el profesional, la duración o las notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new chair or provider does not exist in this practice, or the start or length is not a whole number of minutes; check them.</source>
        <translation>El nuevo sillón o profesional no existe en este consultorio, o la hora de inicio o la duración no son minutos exactos; revíselos.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Cancelling needs a reason: patient, practice, emergency or other.</source>
        <translation>Para cancelar hace falta un motivo: paciente, consultorio, emergencia u otro.</translation>
    </message>
    <message>
        <location filename="../models/services/bookingsearch.cpp" line="-143"/>
        <location line="+53"/>
        <source>there is no appointment type &quot;%1&quot;</source>
        <translation>no existe el tipo de cita &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>there is no provider &quot;%1&quot;</source>
        <translation>no existe el profesional &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>there is no patient &quot;%1&quot;</source>
        <translation>no existe el paciente &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>there is no clinic &quot;%1&quot; with chairs</source>
        <translation>no existe la clínica &quot;%1&quot; con sillones</translation>
    </message>
    <message>
        <location filename="../models/services/bookingservice.cpp" line="-717"/>
        <source>%1 was changed by someone else since you read it. Reload it and try again.</source>
        <translation>Alguien más cambió %1 después de que usted lo abriera. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>by the patient</source>
        <translation>por el paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the practice</source>
        <translation>por la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason recorded</source>
        <translation>sin motivo anotado</translation>
    </message>
    <message>
        <location line="+564"/>
        <source>%1 is %2 and can no longer be moved or resized.</source>
        <translation>%1 está %2 y ya no se puede mover ni cambiar de duración.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 has no status step to undo.</source>
        <translation>%1 no tiene ningún cambio de estado que deshacer.</translation>
    </message>
    <message>
        <location filename="../models/services/bookingsearch.cpp" line="+24"/>
        <source>the window must start on a valid date and last 1 to 366 days</source>
        <translation>el periodo debe empezar en una fecha válida y durar de 1 a 366 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of openings must be at least 1</source>
        <translation>el número de espacios libres debe ser al menos 1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a family booking is for 2 to %1 people</source>
        <translation>una cita familiar es para 2 a %1 personas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a patient is listed twice</source>
        <translation>un paciente aparece dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the search must start on a valid date and last 1 to 60 days</source>
        <translation>la búsqueda debe empezar en una fecha válida y durar de 1 a 60 días</translation>
    </message>
</context>
<context>
    <name>chairside::ConfirmationDialog</name>
    <message>
        <location filename="../ui/confirmationdialog.cpp" line="+28"/>
        <source>%1 %2 due %3</source>
        <translation>%1 %2 pendiente %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 handed over</source>
        <translation>%1 %2 entregado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Contact by</source>
        <translation>Contactar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits to confirm</source>
        <translation>Citas por confirmar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left message</source>
        <translation>&amp;Mensaje dejado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined</source>
        <translation>&amp;No vendrá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unconfirmed</source>
        <translation>&amp;Sin confirmar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to confirm in these days.</source>
        <translation>No hay nada que confirmar en estos días.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a visit first.</source>
        <translation>Seleccione primero una cita.</translation>
    </message>
</context>
<context>
    <name>chairside::ContactChannel</name>
    <message>
        <location filename="../models/domain/reminders.cpp" line="+63"/>
        <source>text message</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone call</source>
        <translation>llamada telefónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
</context>
<context>
    <name>chairside::ContactLog</name>
    <message>
        <location filename="../models/services/messagechannel.cpp" line="+53"/>
        <source>The contact could not be passed on: %1. Nothing was saved; try again.</source>
        <translation>No se pudo transmitir el contacto: %1. No se guardó nada; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>chairside::DashboardDialog</name>
    <message>
        <location filename="../ui/dashboarddialog.cpp" line="+67"/>
        <source>Dashboard</source>
        <translation>Panel del día</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Provider or chair</source>
        <translation>Profesional o sillón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Inasistencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaps worth filling</source>
        <translation>Huecos para llenar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Day: scheduled</source>
        <translation>Día: agendado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day: goal</source>
        <translation>Día: meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the day&apos;s goal</source>
        <translation>De la meta del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week: scheduled</source>
        <translation>Semana: agendado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week: goal</source>
        <translation>Semana: meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the week&apos;s goal</source>
        <translation>De la meta de la semana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No-show rate: %1 over 30 days (%2 of %3), %4 over 90 days (%5 of %6). Cancellations: %7. On the waitlist: %8.</source>
        <translation>Tasa de inasistencia: %1 en 30 días (%2 de %3), %4 en 90 días (%5 de %6). Cancelaciones: %7. En lista de espera: %8.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appointments by status</source>
        <translation>Citas por estado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Booked of open time (%)</source>
        <translation>Agendado del tiempo disponible (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider utilization</source>
        <translation>Ocupación por profesional</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scheduled production: %1 and the week of %2 to %3</source>
        <translation>Producción agendada: %1 y la semana del %2 al %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n visit(s) that week are of types with no fee set)</source>
        <translation>
            <numerusform>(%n cita de esa semana es de un tipo sin tarifa)</numerusform>
            <numerusform>(%n citas de esa semana son de tipos sin tarifa)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2% of the day&apos;s goal</source>
        <translation>%1: %2% de la meta del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2% of the week&apos;s goal</source>
        <translation>%1: %2% de la meta de la semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the dashboard</source>
        <translation>Exportar el panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dashboard could not be written to %1 (%2); choose another place.</source>
        <translation>No se pudo escribir el panel en %1 (%2); elija otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>chairside::DateRangeBar</name>
    <message numerus="yes">
        <location filename="../ui/daterangebar.cpp" line="+24"/>
        <source> day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for</source>
        <translation>durante</translation>
    </message>
</context>
<context>
    <name>chairside::DaySheet</name>
    <message>
        <location filename="../ui/daysheet.cpp" line="+93"/>
        <source>Nothing booked.</source>
        <translation>No hay citas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled production</source>
        <translation>Producción agendada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Practice</source>
        <translation>Clínica</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visit(s) this week are of types with no fee set; they add nothing.</source>
        <translation>
            <numerusform>%n cita de esta semana es de un tipo sin tarifa; no suma nada.</numerusform>
            <numerusform>%n citas de esta semana son de tipos sin tarifa; no suman nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Chair</source>
        <translation>Sillón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PDF could not be written to %1; check that the folder exists and has room.</source>
        <translation>No se pudo guardar el PDF en %1; compruebe que la carpeta existe y tiene espacio.</translation>
    </message>
</context>
<context>
    <name>chairside::DemoPractice</name>
    <message>
        <location filename="../models/services/demopractice.cpp" line="+27"/>
        <source>Op 1</source>
        <translation>Sillón 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 2</source>
        <translation>Sillón 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 3</source>
        <translation>Sillón 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 4 (X-ray)</source>
        <translation>Sillón 4 (rayos X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 5 (X-ray)</source>
        <translation>Sillón 5 (rayos X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgical suite</source>
        <translation>Quirófano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lakeside 1</source>
        <translation>Lakeside 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaning</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling and root planing</source>
        <translation>Raspado y alisado radicular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodic exam</source>
        <translation>Revisión periódica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient exam</source>
        <translation>Primera revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filling</source>
        <translation>Empaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crown prep</source>
        <translation>Preparación de corona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root canal</source>
        <translation>Endodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implant placement</source>
        <translation>Colocación de implante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pediatric visit</source>
        <translation>Consulta infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perio maintenance</source>
        <translation>Mantenimiento periodontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortho adjustment</source>
        <translation>Ajuste de ortodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff meeting</source>
        <translation>Reunión de personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crown/bridge</source>
        <translation>Corona/puente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kids&apos; mornings</source>
        <translation>Mañanas infantiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygiene</source>
        <translation>Higiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perio</source>
        <translation>Periodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoclave service</source>
        <translation>Mantenimiento del autoclave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanksgiving</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office closed</source>
        <translation>Consultorio cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers nitrous</source>
        <translation>Prefiere óxido nitroso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs premedication</source>
        <translation>Necesita premedicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring x-rays from previous office</source>
        <translation>Traer radiografías del consultorio anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxious patient: explain each step</source>
        <translation>Paciente ansioso: explicar cada paso</translation>
    </message>
</context>
<context>
    <name>chairside::FamilyBooking</name>
    <message>
        <location filename="../models/services/familybooking.cpp" line="+86"/>
        <source>The proposal does not match the family members asked for; search again.</source>
        <translation>La propuesta no corresponde a los familiares pedidos; busque de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That time is no longer free for every family member (%1) Nothing was booked; search again.</source>
        <translation>Ese horario ya no está libre para todos los familiares (%1) No se agendó nada; busque de nuevo.</translation>
    </message>
</context>
<context>
    <name>chairside::FamilyDialog</name>
    <message>
        <location filename="../ui/officedaydialogs.cpp" line="-256"/>
        <source>Book the family together</source>
        <translation>Agendar a la familia junta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (has this visit)</source>
        <translation>%1 (ya tiene esta cita)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One after another</source>
        <translation>Uno tras otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the same time, neighbouring chairs</source>
        <translation>A la misma hora, en sillones vecinos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find times for everyone</source>
        <translation>&amp;Buscar horarios para todos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Book them all</source>
        <translation>&amp;Agendar a todos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No day in the next two weeks fits everyone; try another start day or book them one by one.</source>
        <translation>Ningún día de las próximas dos semanas sirve para todos; pruebe otro día de inicio o agéndelos uno por uno.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find times first, then pick one.</source>
        <translation>Busque horarios primero y luego elija uno.</translation>
    </message>
</context>
<context>
    <name>chairside::Fill</name>
    <message>
        <location filename="../models/domain/fill.cpp" line="+47"/>
        <source>offered, waiting for an answer</source>
        <translation>ofrecida, esperando respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>to contact</source>
        <translation>por contactar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left a message</source>
        <translation>se dejó un mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be delivered</source>
        <translation>no se pudo entregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replied</source>
        <translation>respondió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waitlist offer</source>
        <translation>oferta de la lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rescheduling a cancelled visit</source>
        <translation>reagendar una cita cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-show follow-up</source>
        <translation>seguimiento de inasistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment reminder</source>
        <translation>recordatorio de cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmation call</source>
        <translation>llamada de confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall (due for a cleaning or check-up)</source>
        <translation>revisión periódica (le toca una limpieza o un control)</translation>
    </message>
</context>
<context>
    <name>chairside::FillPanel</name>
    <message>
        <location filename="../ui/fillpanel.cpp" line="+105"/>
        <source>No time has come free since Chairside started. A cancellation, no-show, move or shorter visit shows here who on the waitlist can take it. Time never booked (the day&apos;s gaps) is listed under View › Dashboard…; drag a waitlist entry onto it.</source>
        <translation>No se ha liberado tiempo desde que se abrió Chairside. Una cancelación, una inasistencia, un cambio o una cita más corta muestran aquí quién de la lista de espera puede tomarlo. El tiempo nunca agendado (los huecos del día) aparece en Ver › Panel del día…; arrastre ahí una entrada de la lista de espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer to the waitlist</source>
        <translation>Ofrecer a la lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the freed time to the next patients on the list, for a limited time</source>
        <translation>Ofrecer el horario libre a los siguientes pacientes de la lista, por tiempo limitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers of freed time and their state</source>
        <translation>Ofertas de horarios libres y su estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient accepted</source>
        <translation>El paciente aceptó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the selected offer&apos;s time for the patient</source>
        <translation>Agendar al paciente en el horario de la oferta seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient declined</source>
        <translation>El paciente rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected offer and offer the time to the next patient</source>
        <translation>Cerrar la oferta seleccionada y ofrecer el horario al siguiente paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late / possible no-show</source>
        <translation>Retrasos / posible inasistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients not checked in after the grace minutes</source>
        <translation>Pacientes sin registrar llegada pasados los minutos de tolerancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark no-show</source>
        <translation>Marcar inasistencia</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Freed: %1. The waitlist cannot be read: %2</source>
        <translation>Libre: %1. No se puede leer la lista de espera: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freed: %1. Nobody on the waitlist can take it.</source>
        <translation>Libre: %1. Nadie de la lista de espera puede tomarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Freed: %1. %n patient(s) on the waitlist can take it (marked ★).</source>
        <translation>
            <numerusform>Libre: %1. %n paciente de la lista de espera puede tomarlo (marcado con ★).</numerusform>
            <numerusform>Libre: %1. %n pacientes de la lista de espera pueden tomarlo (marcados con ★).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>…and %n more who cannot.</source>
        <translation>
            <numerusform>…y %n más que no pueden.</numerusform>
            <numerusform>…y %n más que no pueden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No new offer: the time is already offered to as many patients as the practice allows, or nobody else can take it.</source>
        <translation>Ninguna oferta nueva: el horario ya está ofrecido a tantos pacientes como permite el consultorio, o nadie más puede tomarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Offered to %n patient(s); call or text them with the message in the offer&apos;s tooltip.</source>
        <translation>
            <numerusform>Ofrecido a %n paciente; llámelo o escríbale con el mensaje que aparece sobre la oferta.</numerusform>
            <numerusform>Ofrecido a %n pacientes; llámelos o escríbales con el mensaje que aparece sobre cada oferta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an offer first.</source>
        <translation>Seleccione primero una oferta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booked from the waitlist; the other offers for that time are withdrawn.</source>
        <translation>Agendado desde la lista de espera; las demás ofertas de ese horario se retiraron.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declined; nobody else on the waitlist can take that time.</source>
        <translation>Rechazada; nadie más de la lista de espera puede tomar ese horario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined; offered to the next patient on the list.</source>
        <translation>Rechazada; se ofreció al siguiente paciente de la lista.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a late patient first.</source>
        <translation>Seleccione primero un paciente retrasado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An offer expired; the time was offered to the next patient on the list.</source>
        <translation>Una oferta venció; el horario se ofreció al siguiente paciente de la lista.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n late appointment(s) marked no-show, as the practice asks.</source>
        <translation>
            <numerusform>%n cita retrasada marcada como inasistencia, como lo pide el consultorio.</numerusform>
            <numerusform>%n citas retrasadas marcadas como inasistencia, como lo pide el consultorio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, until %2</source>
        <translation>%1, hasta las %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By %1 (%2): %3</source>
        <translation>Por %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — due %2, not checked in</source>
        <translation>%1 — cita a las %2, sin registrar llegada</translation>
    </message>
</context>
<context>
    <name>chairside::FillService</name>
    <message>
        <location filename="../models/services/fillservice.cpp" line="+55"/>
        <location filename="../models/services/noshows.cpp" line="+57"/>
        <source>The cache holds no practice yet; import a practice file first.</source>
        <translation>La caché todavía no tiene un consultorio; importe primero un archivo de consultorio.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Offer a freed time to 1, 2 or 3 patients at once.</source>
        <translation>Ofrezca un horario libre a 1, 2 o 3 pacientes a la vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An offer stays open from 1 minute to 24 hours; %1 minutes is outside that.</source>
        <translation>Una oferta queda abierta de 1 minuto a 24 horas; %1 minutos está fuera de ese rango.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The no-show limit cannot be negative.</source>
        <translation>El límite de inasistencias no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The waitlist entry has no id or time on the list; add it as a new entry.</source>
        <translation>La entrada de la lista de espera no tiene identificador ni fecha de ingreso; agréguela como una entrada nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the earliest and latest dates the patient can come, the earliest first.</source>
        <translation>Indique la fecha más próxima y la más lejana en que el paciente puede venir, primero la más próxima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgency runs from 1 (can wait) to 10 (as soon as possible); %1 is outside that.</source>
        <translation>La urgencia va de 1 (puede esperar) a 10 (lo antes posible); %1 está fuera de ese rango.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the patient for the waitlist entry.</source>
        <translation>Elija el paciente de la entrada de la lista de espera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of visit the patient is waiting for.</source>
        <translation>Elija el tipo de cita que espera el paciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no provider &quot;%1&quot;; choose one from the list or leave it open.</source>
        <translation>No hay ningún profesional «%1»; elija uno de la lista o déjelo abierto.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That waitlist entry is no longer on the list; it was booked or removed.</source>
        <translation>Esa entrada ya no está en la lista de espera; se agendó o se quitó.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 needs %2 minutes; %3 are free.</source>
        <translation>%1 necesita %2 minutos; hay %3 libres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>asked for %1.</source>
        <translation>pidió a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>another provider</source>
        <translation>otro profesional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>can come from %1 to %2.</source>
        <translation>puede venir del %1 al %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any time</source>
        <translation>cuando sea</translation>
    </message>
    <message>
        <location filename="../models/services/waitlistoffers.cpp" line="+199"/>
        <source>That waitlist entry cannot take this time: its visit does not fit, it asked for another provider or other dates, or the patient or the rules do not allow it.</source>
        <translation>Esa entrada no puede tomar este horario: su cita no cabe, pidió otro profesional u otras fechas, o el paciente o las reglas no lo permiten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+102"/>
        <source>There is no waitlist offer &quot;%1&quot;; refresh the list.</source>
        <translation>No hay ninguna oferta «%1»; actualice la lista.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>This offer expired at %1; the time goes to the next patient on the list.</source>
        <translation>Esta oferta venció a las %1; el horario pasa al siguiente paciente de la lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This offer is no longer open (%1); offer the patient another time.</source>
        <translation>Esta oferta ya no está abierta (%1); ofrezca al paciente otro horario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This offer was closed a moment ago; offer the patient another time.</source>
        <translation>Esta oferta se cerró hace un momento; ofrezca al paciente otro horario.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This time was taken a moment ago; the offer is withdrawn. Offer the patient another time.</source>
        <translation>Este horario se ocupó hace un momento; la oferta se retiró. Ofrezca al paciente otro horario.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This offer is no longer open (%1).</source>
        <translation>Esta oferta ya no está abierta (%1).</translation>
    </message>
    <message>
        <location filename="../models/services/rescheduling.cpp" line="+59"/>
        <source>Only a missed or cancelled appointment is rescheduled this way; move this one on the schedule instead.</source>
        <translation>Solo una cita con inasistencia o cancelada se reagenda así; mueva esta en la agenda.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no appointment &quot;%1&quot;; refresh the list.</source>
        <translation>No hay ninguna cita «%1»; actualice la lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the time the patient accepted.</source>
        <translation>Elija el horario que aceptó el paciente.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Say why the visit no longer needs a time (for example: treatment done elsewhere, patient moved away).</source>
        <translation>Indique por qué la cita ya no necesita horario (por ejemplo: tratamiento hecho en otro lugar, el paciente se mudó).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only cancelled and missed visits are on the unscheduled list.</source>
        <translation>Solo las citas canceladas y con inasistencia están en la lista sin agendar.</translation>
    </message>
</context>
<context>
    <name>chairside::FillSettingsDialog</name>
    <message>
        <location filename="../ui/fillpanel.cpp" line="+234"/>
        <source>Filling the book</source>
        <translation>Llenar la agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 offers a freed time to one patient at a time; 2 or 3 offer it to that many at once, and the first to accept books it.</source>
        <translation>1 ofrece un horario libre a un paciente a la vez; 2 o 3 lo ofrecen a esa cantidad a la vez, y el primero que acepta lo agenda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer a freed time to</source>
        <translation>Ofrecer un horario libre a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When an offer expires unanswered, the time goes to the next patient on the list.</source>
        <translation>Cuando una oferta vence sin respuesta, el horario pasa al siguiente paciente de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An offer stays open for</source>
        <translation>Una oferta queda abierta durante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark late patients no-show automatically after the grace minutes</source>
        <translation>Marcar inasistencia automáticamente a los pacientes con retraso pasados los minutos de gracia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> in 12 months</source>
        <translation> en 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show limit</source>
        <translation>Límite de inasistencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn in the booking dialog</source>
        <translation>Avisar en el diálogo de la cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require an office manager&apos;s approval</source>
        <translation>Exigir la aprobación del administrador del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only an office manager can change these; ask yours to sign in.</source>
        <translation>Solo un administrador del consultorio puede cambiar esto; pídale que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>chairside::FollowUpDialog</name>
    <message>
        <location line="-553"/>
        <source>In Spanish: %1</source>
        <translation>En español: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In English: %1</source>
        <translation>En inglés: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %2: %1</source>
        <translation>En %2: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message for %1, in Spanish:</source>
        <translation>Mensaje para %1, en español:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message for %1, in English:</source>
        <translation>Mensaje para %1, en inglés:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message for %1, in %2:</source>
        <translation>Mensaje para %1, en %2:</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>No-show follow-up: the last 7 days</source>
        <translation>Seguimiento de inasistencias: últimos 7 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact by</source>
        <translation>Contactar por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows of the last 7 days not booked again</source>
        <translation>Inasistencias de los últimos 7 días sin nueva cita</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+59"/>
        <source>Every no-show of the last 7 days is booked again.</source>
        <translation>Todas las ausencias de los últimos 7 días tienen cita de nuevo.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Choose a patient to see the whole message.</source>
        <translation>Elija un paciente para ver el mensaje completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asked not to be contacted: there is no message to send. Wait for them to call.</source>
        <translation>%1 pidió que no se le contacte: no hay mensaje que enviar. Espere su llamada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no way to reach %1 on file: no message was written.</source>
        <translation>No hay forma registrada de contactar a %1: no se escribió ningún mensaje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reschedule…</source>
        <translation>Reagendar…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no message: do not contact</source>
        <translation>sin mensaje: no contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no message: no way to reach them</source>
        <translation>sin mensaje: no hay forma de contactarle</translation>
    </message>
</context>
<context>
    <name>chairside::FrontDesk</name>
    <message>
        <location filename="../models/services/frontdesk.cpp" line="+91"/>
        <source>A provider may open only their own patients and visits; ask the front desk.</source>
        <translation>Un profesional solo puede abrir sus propios pacientes y citas; pídaselo a recepción.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no patient &quot;%1&quot;; check the id.</source>
        <translation>No hay ningún paciente «%1»; revise el id.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+105"/>
        <source>There is no appointment &quot;%1&quot;; check the id.</source>
        <translation>No existe la cita &quot;%1&quot;; revise el identificador.</translation>
    </message>
</context>
<context>
    <name>chairside::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+119"/>
        <source>Show one provider</source>
        <translation>Mostrar un profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist: drag an entry onto the schedule to book it</source>
        <translation>Lista de espera: arrastre un paciente a la agenda para darle cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled</source>
        <translation>Por reprogramar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled and missed visits not yet booked again: drag one onto the schedule to book it</source>
        <translation>Citas canceladas o con inasistencia que aún no tienen nueva fecha: arrastre una a la agenda para agendarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding tray: drag tiles here, change the date, drag them back to move them</source>
        <translation>Bandeja: arrastre citas aquí, cambie de fecha y vuelva a arrastrarlas para moverlas</translation>
    </message>
    <message>
        <location line="+551"/>
        <source>Sync issues</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <location line="-470"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Print day sheet…</source>
        <translation>&amp;Imprimir la hoja del día…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export day sheet as P&amp;DF…</source>
        <translation>Exportar la hoja del día como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idle &amp;lock after…</source>
        <translation>Bloqueo por &amp;inactividad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;account…</source>
        <translation>Agregar &amp;cuenta…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Find a patient: name, phone, birthdate (%1)</source>
        <translation>Buscar paciente: nombre, teléfono, fecha de nacimiento (%1)</translation>
    </message>
    <message>
        <location line="+338"/>
        <location line="+263"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+263"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 month</source>
        <translation>+1 mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+3 months</source>
        <translation>+3 meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+6 months</source>
        <translation>+6 meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Go to date…</source>
        <translation>Ir a una &amp;fecha…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Week view</source>
        <translation>Vista &amp;semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lanes by &amp;provider</source>
        <translation>Columnas por &amp;profesional</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A visit&apos;s color is its provider&apos;s (its type&apos;s under View › Color by appointment type). The strip down its left edge is dark while the provider is needed and light while an assistant works alone. A faded visit is a no-show.</source>
        <translation>El color de una cita es el de su profesional (el de su tipo con Ver › Color por tipo de cita). La franja de su borde izquierdo es oscura mientras se necesita al profesional y clara mientras un asistente trabaja solo. Una cita desvaída es una ausencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red border: the visit breaks a booking rule as it stands; point at it to read which. Dotted orange border: late, not checked in yet. Dashed border: in the holding tray.</source>
        <translation>Borde rojo: la cita incumple una regla de agenda tal como está; señálela para leer cuál. Borde naranja punteado: retrasado, aún sin registrar su llegada. Borde discontinuo: en la bandeja.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dentist&apos;s day…</source>
        <translation>&amp;Día del dentista…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot show this day: %1</source>
        <translation>No se puede mostrar este día: %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+111"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-687"/>
        <source>Enter goes to the patient&apos;s next visit; Ctrl+Enter opens their card.</source>
        <translation>Intro lleva a la próxima cita del paciente; Ctrl+Intro abre su ficha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show one clinic</source>
        <translation>Mostrar una clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic:</source>
        <translation>Clínica:</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New pa&amp;tient…</source>
        <translation>Nuevo pa&amp;ciente…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Cuentas del personal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the practice &amp;system…</source>
        <translation>Conectar con el &amp;sistema del consultorio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the &amp;cache…</source>
        <translation>Revisar la &amp;caché…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find a patient…</source>
        <translation>&amp;Buscar paciente…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Color by appointment &amp;type</source>
        <translation>Color por &amp;tipo de cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production &amp;blocks</source>
        <translation>&amp;Bloques de producción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Production blocks…</source>
        <translation>Bloques de &amp;producción…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legend…</source>
        <translation>Le&amp;yenda…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Small square in a visit&apos;s corner: green, in the practice system; amber, waiting to reach it; red, a sync issue to resolve. No square: the practice system does not have it (or none is connected).</source>
        <translation>Cuadrito en la esquina de una cita: verde, en el sistema del consultorio; ámbar, esperando llegar a él; rojo, un problema de sincronización por resolver. Sin cuadrito: el sistema del consultorio no la tiene (o no hay ninguno conectado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey: nobody works then. Hatched: a break or a block, with its name.</source>
        <translation>Gris: nadie trabaja a esa hora. Rayado: un descanso o un bloqueo, con su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured frame with a name tab: a production block, time kept for certain visits (View › Production blocks shows or hides them). The office manager adds a blockout by dragging with Shift held on an empty part of a lane, or with a right click.</source>
        <translation>Marco de color con una pestaña con nombre: un bloque de producción, tiempo reservado para ciertas citas (Ver › Bloques de producción los muestra u oculta). El gerente de la clínica añade un bloqueo arrastrando con Mayús pulsada sobre una parte vacía de una columna, o con el botón derecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colored bars down a chair&apos;s right edge: when each provider scheduled in that chair works there.</source>
        <translation>Barras de color en el borde derecho de un sillón: cuándo trabaja allí cada profesional asignado a ese sillón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the schedule&apos;s marks mean</source>
        <translation>Qué significan las marcas de la agenda</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Same as the computer (%1)</source>
        <translation>El del equipo (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+115"/>
        <source>Every clinic</source>
        <translation>Todas las clínicas</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the first sync; Sync now (F5) goes on from where it stopped</source>
        <translation>Detener la primera sincronización; Sincronizar ahora (F5) sigue desde donde se detuvo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check the cache</source>
        <translation>Revisar la caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache is damaged</source>
        <translation>La caché está dañada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cache is damaged and open for reading only: nothing can be saved. The office manager restores the last good backup (chairside-cli restore).</source>
        <translation>Esta caché está dañada y abierta solo para lectura: no se puede guardar nada. El administrador del consultorio restaura el último respaldo bueno (chairside-cli restore).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n cita esta semana</numerusform>
            <numerusform>%n citas esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) on this day</source>
        <translation>
            <numerusform>%n cita este día</numerusform>
            <numerusform>%n citas este día</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync issues (%1)</source>
        <translation>Problemas de sincronización (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>That appointment is gone; the schedule was reloaded.</source>
        <translation>Esa cita ya no existe; se volvió a cargar la agenda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The patient cancelled</source>
        <translation>Canceló el paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The practice cancelled</source>
        <translation>Canceló el consultorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why is %1&apos;s appointment cancelled?</source>
        <translation>¿Por qué se cancela la cita de %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel %1&apos;s appointment? It can be undone with Ctrl+Z.</source>
        <translation>¿Cancelar la cita de %1? Se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check &amp;in</source>
        <translation>&amp;Registrar llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seat</source>
        <translation>Pasar al &amp;sillón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No-show</source>
        <translation>&amp;Inasistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;lar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to &amp;tray</source>
        <translation>Copiar a la &amp;bandeja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient c&amp;ard…</source>
        <translation>&amp;Ficha del paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient&apos;s &amp;other appointments…</source>
        <translation>&amp;Otras citas del paciente…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1&apos;s appointments</source>
        <translation>Citas de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other appointments are on record for this patient.</source>
        <translation>Este paciente no tiene otras citas registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a visit, or select it and press Enter, to go to its day.</source>
        <translation>Haga doble clic en una cita, o selecciónela y pulse Intro, para ir a su día.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Showing every provider and clinic, so %1&apos;s visit shows.</source>
        <translation>Se muestran todos los profesionales y clínicas para que se vea la cita de %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+5"/>
        <source>Export day sheet</source>
        <translation>Exportar la hoja del día</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print in grayscale?</source>
        <translation>¿Imprimir en escala de grises?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day sheet saved to %1</source>
        <translation>Hoja del día guardada en %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, born %2</source>
        <translation>%1, nació el %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That patient is no longer on file.</source>
        <translation>Ese paciente ya no está en el archivo.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your current password, then the new one twice.</source>
        <translation>Su contraseña actual y luego la nueva dos veces.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your password is changed.</source>
        <translation>Su contraseña se cambió.</translation>
    </message>
    <message>
        <location line="-1255"/>
        <location line="+1066"/>
        <location line="+10"/>
        <source>Chairside (locked)</source>
        <translation>Chairside (bloqueado)</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Other</source>
        <comment>a reason for cancelling</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+419"/>
        <source>Idle lock</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Chairside after this many minutes without input (1 to 60):</source>
        <translation>Bloquear Chairside tras estos minutos sin actividad (de 1 a 60):</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Chairside now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Chairside se bloqueará tras %n minuto sin actividad.</numerusform>
            <numerusform>Chairside se bloqueará tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office manager</source>
        <translation>Administrador del consultorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovider:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again:</source>
        <translation>Con&amp;firme la contraseña:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ; the account was not added.</source>
        <translation>Las dos contraseñas no coinciden; no se agregó la cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added the account %1.</source>
        <translation>Se agregó la cuenta %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfill.cpp" line="+58"/>
        <source>Fill the book</source>
        <translation>Llenar la agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Fill the book · %n late</source>
        <translation>
            <numerusform>Llenar la agenda · %n con retraso</numerusform>
            <numerusform>Llenar la agenda · %n con retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No-show &amp;follow-up…</source>
        <translation>&amp;Seguimiento de inasistencias…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filling the &amp;book…</source>
        <translation>&amp;Llenar la agenda…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved; new offers and bookings follow these settings.</source>
        <translation>Guardado; las nuevas ofertas y citas siguen esta configuración.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 %2 with %3, %n min</source>
        <translation>
            <numerusform>%1 %2 con %3, %n min</numerusform>
            <numerusform>%1 %2 con %3, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Time came free (%1): %n patient(s) on the waitlist can take it, marked ★. Drag one onto it, or offer it from Fill the book.</source>
        <translation>
            <numerusform>Se liberó un horario (%1): %n paciente de la lista de espera puede tomarlo, marcado con ★. Arrástrelo hasta el horario u ofrézcalo desde Llenar la agenda.</numerusform>
            <numerusform>Se liberó un horario (%1): %n pacientes de la lista de espera pueden tomarlo, marcados con ★. Arrastre uno hasta el horario u ofrézcalo desde Llenar la agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Missed %n appointment(s) in the last 12 months.</source>
        <translation>
            <numerusform>Faltó a %n cita en los últimos 12 meses.</numerusform>
            <numerusform>Faltó a %n citas en los últimos 12 meses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking needs an office manager&apos;s approval.</source>
        <translation>Agendar requiere la aprobación del administrador del consultorio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approval needs staff accounts; add an office manager&apos;s account first.</source>
        <translation>La aprobación requiere cuentas de personal; agregue primero la cuenta del administrador del consultorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office manager&apos;s approval</source>
        <translation>Aprobación del administrador del consultorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office manager:</source>
        <translation>Administrador del consultorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is on the waitlist.</source>
        <translation>%1 está en la lista de espera.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Confirmations…</source>
        <translation>&amp;Confirmaciones…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders could not be sent: %1</source>
        <translation>No se pudieron enviar los recordatorios: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dash&amp;board…</source>
        <translation>Pa&amp;nel del día…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmessaging.cpp" line="+42"/>
        <source>&amp;Messaging…</source>
        <translation>&amp;Mensajería…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages (%1)</source>
        <translation>Mensajes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✉ %n message(s) to read</source>
        <translation>
            <numerusform>✉ %n mensaje por leer</numerusform>
            <numerusform>✉ %n mensajes por leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Messages panel</source>
        <translation>Mostrar el panel de mensajes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Texts stopped: texted STOP on %1. Confirm by phone or e-mail.</source>
        <translation>Mensajes de texto detenidos: envió STOP el %1. Confirme por teléfono o correo electrónico.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowblocks.cpp" line="+36"/>
        <source>Blockouts cannot be changed from this window.</source>
        <translation>Los bloqueos no se pueden cambiar desde esta ventana.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>That time does not exist on %1 (the clocks change); pick another.</source>
        <translation>Esa hora no existe el %1 (cambia la hora); elija otra.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Blockout &quot;%1&quot; added.</source>
        <translation>Bloqueo &quot;%1&quot; añadido.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+6"/>
        <source>Delete blockout</source>
        <translation>Eliminar bloqueo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&quot;%1&quot; repeats weekly. Delete:</source>
        <translation>&quot;%1&quot; se repite cada semana. Eliminar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1</source>
        <translation>Solo el %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every date (the whole series)</source>
        <translation>Todas las fechas (toda la serie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the blockout &quot;%1&quot;? Its time opens for booking.</source>
        <translation>¿Eliminar el bloqueo &quot;%1&quot;? Su tiempo queda libre para citas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blockout &quot;%1&quot; deleted.</source>
        <translation>Bloqueo &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New &amp;blockout…</source>
        <translation>Nuevo &amp;bloqueo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit blockout…</source>
        <translation>&amp;Editar bloqueo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show blockout…</source>
        <translation>&amp;Ver bloqueo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete blockout</source>
        <translation>E&amp;liminar bloqueo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That production block is gone; the schedule was reloaded.</source>
        <translation>Ese bloque de producción ya no existe; la agenda se volvió a cargar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; now runs %2–%3 every week on its days.</source>
        <translation>&quot;%1&quot; ahora va de %2 a %3 cada semana en sus días.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrecall.cpp" line="+31"/>
        <source>Recall</source>
        <translation>Revisión periódica</translation>
    </message>
</context>
<context>
    <name>chairside::MaintenanceService</name>
    <message>
        <location filename="../models/services/maintenanceservice.cpp" line="+67"/>
        <source>Done, but the audit record could not be written: %1</source>
        <translation>Hecho, pero no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cache is not open.</source>
        <translation>La caché no está abierta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give a backup passphrase of at least %1 characters; nothing was written.</source>
        <translation>Indique una frase de contraseña de al menos %1 caracteres para la copia; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The cache in place opens: sign in as its office manager to restore over it.</source>
        <translation>La caché actual se abre: inicie sesión como su administrador del consultorio para restaurar encima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache in place cannot be opened (%1). To put the backup in its place anyway, restore with --force; the unreadable cache is kept beside it.</source>
        <translation>La caché actual no se puede abrir (%1). Para poner la copia en su lugar de todos modos, restaure con --force; la caché ilegible se guarda al lado.</translation>
    </message>
</context>
<context>
    <name>chairside::MessageChannel</name>
    <message>
        <location filename="../models/services/messagechannel.cpp" line="+23"/>
        <source>it could not be queued for the practice system&apos;s communication log (%1)</source>
        <translation>no se pudo poner en cola para el registro de comunicaciones del sistema del consultorio (%1)</translation>
    </message>
</context>
<context>
    <name>chairside::MessagesInbox</name>
    <message>
        <location filename="../ui/messagesinbox.cpp" line="+42"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from patients: open ones first</source>
        <translation>Mensajes de pacientes: primero los pendientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the message handled: it leaves the open list</source>
        <translation>Marcar el mensaje como atendido: sale de la lista de pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient card</source>
        <translation>Ficha del paciente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not a patient&apos;s number on file</source>
        <translation>No es el número de ningún paciente registrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A patient you may not open</source>
        <translation>Un paciente que usted no puede abrir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No messages</source>
        <translation>Sin mensajes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open: %1, %2</source>
        <translation>Pendiente: %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: %1, %2</source>
        <translation>Hecho: %1, %2</translation>
    </message>
</context>
<context>
    <name>chairside::Messaging</name>
    <message>
        <location filename="../models/domain/messaging.cpp" line="+50"/>
        <source>waiting to be sent</source>
        <translation>esperando envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being checked with the provider</source>
        <translation>en verificación con el proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The message is empty; write the text patients receive.</source>
        <translation>El mensaje está vacío; escriba el texto que reciben los pacientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is %1 characters; keep it to %2 so it arrives as one text of at most three parts.</source>
        <translation>El mensaje tiene %1 caracteres; no pase de %2 para que llegue como un solo mensaje de tres partes como máximo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{%1}&quot; is not a placeholder; use %2.</source>
        <translation>&quot;{%1}&quot; no es un marcador; use %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A brace is not closed; placeholders are written like {first_name}.</source>
        <translation>Falta cerrar una llave; los marcadores se escriben así: {first_name}.</translation>
    </message>
    <message>
        <location filename="../sync/messagingproviders.cpp" line="+65"/>
        <source>the provider&apos;s address has no messages API there (HTTP 404); check the address in messaging settings</source>
        <translation>la dirección del proveedor no tiene ahí una API de mensajes (HTTP 404); revise la dirección en los ajustes de mensajería</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Twilio refused the account SID or auth token; connect messaging again with the right ones</source>
        <translation>Twilio rechazó el SID de la cuenta o el token de autenticación; vuelva a conectar la mensajería con los correctos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number is not a valid phone number</source>
        <translation>el número no es un teléfono válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number is not a mobile (a landline cannot take texts)</source>
        <translation>el número no es un celular (un teléfono fijo no recibe mensajes de texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the patient texted STOP</source>
        <translation>el paciente envió STOP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twilio does not let the practice send texts from its number; check the &quot;from&quot; number in messaging settings</source>
        <translation>Twilio no permite a la clínica enviar mensajes desde su número; revise el número remitente en los ajustes de mensajería</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twilio cannot send texts to this number&apos;s country or carrier</source>
        <translation>Twilio no puede enviar mensajes al país o a la compañía de este número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone is off or out of reach</source>
        <translation>el teléfono está apagado o fuera de cobertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number blocks texts</source>
        <translation>el número bloquea los mensajes de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number does not exist or is no longer in service</source>
        <translation>el número no existe o ya no está en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the carrier filtered the text</source>
        <translation>la compañía telefónica filtró el mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the carrier could not deliver it</source>
        <translation>la compañía telefónica no pudo entregarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Twilio error %2)</source>
        <translation>%1 (error de Twilio %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio gave no reason</source>
        <translation>Twilio no dio ningún motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twilio error %1</source>
        <translation>Error de Twilio %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Twilio&apos;s reply had no message id</source>
        <translation>La respuesta de Twilio no traía identificador de mensaje</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Twilio&apos;s reply was not a message</source>
        <translation>La respuesta de Twilio no era un mensaje</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Twilio&apos;s reply was not a list of messages</source>
        <translation>La respuesta de Twilio no era una lista de mensajes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SendGrid does not accept the practice&apos;s sender (%1); verify it in SendGrid or change it in messaging settings</source>
        <translation>SendGrid no acepta el remitente de la clínica (%1); verifíquelo en SendGrid o cámbielo en los ajustes de mensajería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid refused the API key (%1); connect e-mail again with a key that may send mail</source>
        <translation>SendGrid rechazó la clave de API (%1); vuelva a conectar el correo con una clave que pueda enviar correo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the e-mail address is not one SendGrid can send to</source>
        <translation>SendGrid no puede enviar a esa dirección de correo</translation>
    </message>
</context>
<context>
    <name>chairside::MessagingDialog</name>
    <message>
        <location filename="../ui/messagingdialog.cpp" line="+58"/>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Providers</source>
        <translation>&amp;Proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending and test</source>
        <translation>&amp;Envío y prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates</source>
        <translation>Pl&amp;antillas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Text messages: Twilio</source>
        <translation>Mensajes de texto: Twilio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Twilio number, like +15125550100</source>
        <translation>El número de Twilio, p. ej. +15125550100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From number:</source>
        <translation>Número &amp;remitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account S&amp;ID:</source>
        <translation>S&amp;ID de la cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth t&amp;oken:</source>
        <translation>&amp;Token de autenticación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save te&amp;xt settings</source>
        <translation>Guardar a&amp;justes de textos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: SendGrid</source>
        <translation>Correo electrónico: SendGrid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender SendGrid verified, like desk@practice.example</source>
        <translation>El remitente verificado en SendGrid, p. ej. desk@practice.example</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addr&amp;ess:</source>
        <translation>Direcci&amp;ón:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From add&amp;ress:</source>
        <translation>Dirección re&amp;mitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save e-&amp;mail settings</source>
        <translation>Guardar ajustes de &amp;correo</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What patients read and when</source>
        <translation>Qué leen los pacientes y cuándo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the number texts come from</source>
        <translation>Vacío: el número desde el que salen los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice p&amp;hone in messages:</source>
        <translation>Telé&amp;fono de la clínica en los mensajes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;quiet hours</source>
        <translation>&amp;Sin horas de silencio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unti&amp;l</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No texts from:</source>
        <translation>Sin mensajes de texto desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In quiet hours reminders wait for the morning and offers are left to staff. Times are the practice&apos;s own.</source>
        <translation>En horas de silencio los recordatorios esperan a la mañana y las ofertas quedan para el personal. Las horas son las de la clínica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve phone and quiet hours</source>
        <translation>&amp;Guardar teléfono y horas de silencio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One text to a mobile number, or one e-mail to an address, with the saved settings. It is not logged against any patient.</source>
        <translation>Un mensaje de texto a un celular, o un correo a una dirección, con los ajustes guardados. No se registra en ningún paciente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+15125550100 or someone@practice.example</source>
        <translation>+15125550100 o alguien@practice.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test re&amp;cipient:</source>
        <translation>Destinatario de pr&amp;ueba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send test mess&amp;age</source>
        <translation>E&amp;nviar mensaje de prueba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waitlist offer</source>
        <translation>Oferta de la lista de espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer taken: the booking confirmed</source>
        <translation>Oferta ya tomada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail footer</source>
        <translation>Pie del correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recall: due for a visit</source>
        <translation>Revisión periódica: le toca una cita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Which message:</source>
        <translation>&amp;Qué mensaje:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message&apos;s text</source>
        <translation>El texto del mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert:</source>
        <translation>Insertar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert %1 where the cursor is</source>
        <translation>Insertar %1 donde está el cursor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back to the default text</source>
        <translation>&amp;Volver al texto predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve template</source>
        <translation>Guardar p&amp;lantilla</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Guardado en el llavero; escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Not stored yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chairside&apos;s default text.</source>
        <translation>El texto predeterminado de Chairside.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice&apos;s own text.</source>
        <translation>El texto propio de la clínica.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to the default text.</source>
        <translation>De vuelta al texto predeterminado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved; the secret is kept in this computer&apos;s keychain.</source>
        <translation>Guardado; el secreto se guarda en el llavero de esta computadora.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Messaging is not connected: reminders and offers go to staff to call, as before.</source>
        <translation>La mensajería no está conectada: los recordatorios y las ofertas quedan para que el personal llame, como antes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>texts from %1</source>
        <translation>textos desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mails from %1</source>
        <translation>correos desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending %1.</source>
        <translation>Enviando %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages: %1 waiting, %2 sent, %3 delivered, %4 failed.</source>
        <translation>Mensajes: %1 en espera, %2 enviados, %3 entregados, %4 fallidos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last send: %1 · delivery check: %2 · reply check: %3</source>
        <translation>Último envío: %1 · revisión de entregas: %2 · revisión de respuestas: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(s) in the inbox for the front desk.</source>
        <translation>
            <numerusform>%n respuesta en la bandeja de la recepción.</numerusform>
            <numerusform>%n respuestas en la bandeja de la recepción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::MessagingWorker</name>
    <message>
        <location filename="../sync/messagingworker.cpp" line="+144"/>
        <source>Texts cannot go: the Twilio keys are not in this computer&apos;s keychain (%1). Connect messaging again.</source>
        <translation>No pueden salir mensajes de texto: las claves de Twilio no están en el llavero de esta computadora (%1). Vuelva a conectar la mensajería.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mails cannot go: the SendGrid key is not in this computer&apos;s keychain (%1). Connect messaging again.</source>
        <translation>No pueden salir correos: la clave de SendGrid no está en el llavero de esta computadora (%1). Vuelva a conectar la mensajería.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>not found at the provider after an interrupted send</source>
        <translation>no encontrado en el proveedor tras un envío interrumpido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the e-mail may or may not have gone (the sending was interrupted, and this SendGrid account cannot look it up)</source>
        <translation>puede que el correo haya salido o no (el envío se interrumpió y esta cuenta de SendGrid no puede consultarlo)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the patient texted STOP</source>
        <translation>el paciente envió STOP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the patient asked not to be contacted</source>
        <translation>el paciente pidió no ser contactado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quiet hours: offers are not texted at night</source>
        <translation>horas de silencio: las ofertas no se envían por texto de noche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quiet hours</source>
        <translation>horas de silencio</translation>
    </message>
</context>
<context>
    <name>chairside::OfficeDayActions</name>
    <message>
        <location filename="../ui/officedayactions.cpp" line="+43"/>
        <source>Provider &amp;away…</source>
        <translation>&amp;Ausencia de un profesional…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mo&amp;ve the series from this visit…</source>
        <translation>Mo&amp;ver la serie desde esta cita…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the series from t&amp;his visit…</source>
        <translation>Cancelar la serie &amp;desde esta cita…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n visit(s) of the series cancelled.</source>
        <translation>
            <numerusform>%n cita de la serie cancelada.</numerusform>
            <numerusform>%n citas de la serie canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat as a series…</source>
        <translation>Re&amp;petir como serie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Book with the &amp;family…</source>
        <translation>Agendar con la &amp;familia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No family is recorded for this patient; add the family in the practice system.</source>
        <translation>Este paciente no tiene familia registrada; agréguela en el sistema de la práctica.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientCard</name>
    <message>
        <location filename="../models/services/patientcard.cpp" line="+28"/>
        <source>kept</source>
        <translation>asistió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-show</source>
        <translation>inasistencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mornings</source>
        <translation>por la mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afternoons</source>
        <translation>por la tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evenings</source>
        <translation>por la noche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none: asked not to be contacted</source>
        <translation>ninguno: pidió que no lo contacten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the practice sends no reminders</source>
        <translation>ninguno: el consultorio no envía recordatorios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by %1, %2 before</source>
        <translation>por %1, %2 antes</translation>
    </message>
</context>
<context>
    <name>chairside::PatientCardDialog</name>
    <message>
        <location filename="../ui/patientcarddialog.cpp" line="+106"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by:</source>
        <translation>Contactar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts:</source>
        <translation>Mensajes de texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family:</source>
        <translation>Familia:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Visit</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair</source>
        <translation>Sillón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits coming up and past; Enter goes to the visit&apos;s day</source>
        <translation>Citas próximas y pasadas; Intro lleva al día de la cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient&apos;s waitlist entries and visits to rebook</source>
        <translation>Las entradas del paciente en la lista de espera y las citas por reprogramar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact log, latest first</source>
        <translation>Registro de contactos, el más reciente primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Book…</source>
        <translation>&amp;Citar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;waitlist</source>
        <translation>Agregar a la lista de &amp;espera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a &amp;call</source>
        <translation>&amp;Registrar una llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Patient card: %1</source>
        <translation>Ficha del paciente: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born %1, age %2</source>
        <translation>Nació el %1, %2 años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthdate not on record</source>
        <translation>Sin fecha de nacimiento registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows in the last %1 months: %2</source>
        <translation>Inasistencias en los últimos %1 meses: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopped: texted STOP on %1; call or e-mail instead</source>
        <translation>detenidos: envió STOP el %1; llame o escriba un correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allowed: no STOP received</source>
        <translation>permitidos: no se recibió STOP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any time</source>
        <translation>cuando sea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Coming up (%1)</source>
        <translation>Próximas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing booked</source>
        <translation>Nada citado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past (%1)</source>
        <translation>Pasadas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No visits on record</source>
        <translation>Sin citas registradas</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+28"/>
        <source>Not shown to your role (%1)</source>
        <translation>No se muestra a su rol (%1)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>On the waitlist (%1)</source>
        <translation>En la lista de espera (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgency %1</source>
        <translation>urgencia %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1, %2</source>
        <translation>con %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To rebook (%1)</source>
        <translation>Por reprogramar (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No contact recorded</source>
        <translation>Sin contactos registrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Visits (%1)</source>
        <translation>&amp;Citas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wa&amp;itlist and to rebook (%1)</source>
        <translation>Lista de es&amp;pera y por reprogramar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;itlist and to rebook</source>
        <translation>Lista de es&amp;pera y por reprogramar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact log (%1)</source>
        <translation>Registro de c&amp;ontactos (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontact log</source>
        <translation>Registro de c&amp;ontactos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1 con %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to rebook</source>
        <translation>por reprogramar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sooner than %1</source>
        <translation>antes del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as last time</source>
        <translation>como la última vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another visit</source>
        <translation>Otra cita</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reschedule call: %1 %2, %3…</source>
        <translation>Llamada para reprogramar: %1 %2, %3…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirmation call: %1 %2…</source>
        <translation>Llamada de confirmación: %1 %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to call about: no visit coming up and none to rebook.</source>
        <translation>No hay motivo para llamar: ninguna cita próxima ni por reprogramar.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientFormDialog</name>
    <message>
        <location filename="../ui/patientformdialog.cpp" line="+30"/>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. (512) 555-0100</source>
        <translation>p. ej. (512) 555-0100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders or messages</source>
        <translation>Sin recordatorios ni mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthdate:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reach by:</source>
        <translation>Contactar po&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: type a family member&apos;s name</source>
        <translation>Opcional: escriba el nombre de un familiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>G&amp;uarantor:</source>
        <translation>Garant&amp;e:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add patient</source>
        <translation>&amp;Agregar paciente</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose the guarantor from the list that opens as you type, or clear the field.</source>
        <translation>Elija al garante de la lista que se abre al escribir, o deje el campo vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date; type it as %2.</source>
        <translation>«%1» no es una fecha; escríbala como %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already a patient?</source>
        <translation>¿Ya es paciente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a patient on file (same name and birthdate, or same phone):

%1</source>
        <translation>Parece un paciente que ya está en el archivo (mismo nombre y fecha de nacimiento, o mismo teléfono):

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add as a new patient</source>
        <translation>&amp;Agregar como paciente nuevo</translation>
    </message>
</context>
<context>
    <name>chairside::PatientMessage</name>
    <message>
        <location filename="../models/services/patientmessages.cpp" line="+29"/>
        <location line="+97"/>
        <source>dddd, MMMM d</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a visit with %2 has opened on %3. Reply YES or call us to take it; we hold it for you for %4 minutes.</source>
        <translation>%1: se abrió una cita con %2 el %3. Responda SÍ o llámenos para tomarla; la guardamos para usted durante %4 minutos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: we missed you at your %2 visit. Please call us to find a new time.</source>
        <translation>%1: lo extrañamos en su cita de %2. Llámenos para buscar un nuevo horario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: we missed you at your %2 visit. We can see you on %3. Reply with the number of the time you want, or call us.</source>
        <translation>%1: lo extrañamos en su cita de %2. Horarios disponibles: %3. Responda con el número del horario que prefiera, o llámenos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a reminder of your visit with %2 on %3. Reply C to confirm, or call us if you need to change it.</source>
        <translation>%1: le recordamos su cita con %2 el %3. Responda C para confirmar, o llámenos si necesita cambiarla.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hi {first_name}, this is {practice}: a reminder of your visit on {date} at {time}. Reply C to confirm or NO to cancel. Questions? Call {phone}.</source>
        <translation>Hola {first_name}, le escribe {practice}: le recordamos su cita del {date} a las {time}. Responda C para confirmar o NO para cancelar. ¿Preguntas? Llame al {phone}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi {first_name}, {practice} has an opening on {date} at {time}. Reply YES to book it; this offer expires in {minutes} minutes.</source>
        <translation>Hola {first_name}, {practice} tiene un espacio libre el {date} a las {time}. Responda SÍ para reservarlo; esta oferta vence en {minutes} minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, {first_name}: the opening at {practice} has already been taken. We will tell you when another one comes up.</source>
        <translation>Lo sentimos, {first_name}: el espacio libre en {practice} ya fue tomado. Le avisaremos cuando haya otro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please do not reply to this e-mail. To confirm or cancel, call us at {phone}, or answer our text message.</source>
        <translation>Por favor no responda a este correo. Para confirmar o cancelar, llámenos al {phone} o responda a nuestro mensaje de texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi {first_name}, it is time for your next visit at {practice}. Call us at {phone} to choose a day and time that suit you.</source>
        <translation>Hola {first_name}, ya le toca su próxima visita en {practice}. Llámenos al {phone} para elegir el día y la hora que mejor le convengan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: an opening on %2</source>
        <translation>%1: un espacio libre el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: your visit on %2</source>
        <translation>%1: su cita del %2</translation>
    </message>
</context>
<context>
    <name>chairside::PatientMessaging</name>
    <message>
        <location filename="../models/services/patientmessaging.cpp" line="+102"/>
        <source>the patient asked not to be contacted</source>
        <translation>el paciente pidió no ser contactado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no mobile number on file</source>
        <translation>no hay celular registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number on file cannot take texts</source>
        <translation>el número registrado no puede recibir mensajes de texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patient texted STOP on %1; no more texts</source>
        <translation>el paciente envió STOP el %1; no más mensajes de texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail address on file</source>
        <translation>no hay correo electrónico registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address on file is not one</source>
        <translation>el correo registrado no es una dirección válida</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>quiet hours last until after the visit</source>
        <translation>las horas de silencio duran hasta después de la cita</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>There is no patient &quot;%1&quot;; check the id.</source>
        <translation>No hay ningún paciente &quot;%1&quot;; compruebe el id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asked not to be contacted; no recall message was sent.</source>
        <translation>%1 pidió que no se le contacte; no se envió ningún mensaje de revisión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts and e-mails are not connected; call the patient, then record the contact.</source>
        <translation>Los mensajes de texto y correos no están conectados; llame al paciente y después registre el contacto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no mobile number that can take texts; call them instead.</source>
        <translation>%1 no tiene un móvil que reciba mensajes de texto; llámele en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s mobile texted STOP; call them instead.</source>
        <translation>El móvil de %1 envió STOP; llámele en su lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no e-mail address on file; call them instead.</source>
        <translation>%1 no tiene correo electrónico en su ficha; llámele en su lugar.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&quot;%1&quot; is not a web address; give the provider&apos;s API address, like https://api.twilio.com.</source>
        <translation>&quot;%1&quot; no es una dirección web; indique la dirección de la API del proveedor, p. ej. https://api.twilio.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the provider&apos;s address alone, without a name, key or query in it; the keys are asked for separately and kept in the keychain.</source>
        <translation>Indique solo la dirección del proveedor, sin nombre, clave ni consulta; las claves se piden aparte y se guardan en el llavero.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a number to send texts from; give the provider&apos;s number, like +15125550100.</source>
        <translation>&quot;%1&quot; no es un número desde el que enviar mensajes; indique el número del proveedor, p. ej. +15125550100.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not an e-mail address to send from; give the sender the provider verified, like desk@practice.example.</source>
        <translation>&quot;%1&quot; no es una dirección de correo remitente; indique el remitente verificado por el proveedor, p. ej. desk@practice.example.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Templates are kept in English (en) and Spanish (es); &quot;%1&quot; is neither.</source>
        <translation>Las plantillas se guardan en inglés (en) y español (es); &quot;%1&quot; no es ninguno.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The offer of a freed time could not reach the patient (%1). Call them while it is open.</source>
        <translation>La oferta de un horario liberado no llegó al paciente (%1). Llámele mientras siga abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit reminder could not reach the patient (%1). Call them, and correct their contact details.</source>
        <translation>El recordatorio de la cita no llegó al paciente (%1). Llámele y corrija sus datos de contacto.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Texted START: texts to this number may go again.</source>
        <translation>Envió START: se pueden volver a enviar mensajes de texto a este número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texted STOP: no more texts go to this number.</source>
        <translation>Envió STOP: no se envían más mensajes de texto a este número.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Several patients share this number and each has a visit or offer open: ask which one the reply is about.</source>
        <translation>Varios pacientes comparten este número y cada uno tiene una cita u oferta abierta: pregunte a cuál se refiere la respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply to be read by staff.</source>
        <translation>Una respuesta que debe leer el personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text from a number with no open reminder or offer.</source>
        <translation>Un mensaje de un número sin recordatorio ni oferta abiertos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The visit is confirmed.</source>
        <translation>La cita está confirmada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to confirm, but: %1</source>
        <translation>Pidió confirmar, pero: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The visit is cancelled; the time was offered to %n patient(s) on the waitlist.</source>
        <translation>
            <numerusform>La cita está cancelada; el horario se ofreció a %n paciente de la lista de espera.</numerusform>
            <numerusform>La cita está cancelada; el horario se ofreció a %n pacientes de la lista de espera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit is cancelled; nobody on the waitlist can take the time.</source>
        <translation>La cita está cancelada; nadie de la lista de espera puede tomar ese horario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to cancel, but: %1</source>
        <translation>Pidió cancelar, pero: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The offered time is booked.</source>
        <translation>El horario ofrecido quedó reservado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted the offered time, but it is gone (%1); told so by text.</source>
        <translation>Quería el horario ofrecido, pero ya no está (%1); se le avisó por texto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declined the offer; the time goes to the next patient.</source>
        <translation>Rechazó la oferta; el horario pasa al siguiente paciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined an offer that had already closed.</source>
        <translation>Rechazó una oferta que ya estaba cerrada.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientRecords</name>
    <message>
        <location filename="../models/services/patientrecords.cpp" line="+153"/>
        <source>New patients are created in %1; they appear here at the next sync.</source>
        <translation>Los pacientes nuevos se crean en %1; aparecen aquí en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s details are changed in %1; the change appears here at the next sync.</source>
        <translation>Los datos de un paciente se cambian en %1; el cambio aparece aquí en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the patient&apos;s first name.</source>
        <translation>Escriba el nombre del paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the patient&apos;s last name.</source>
        <translation>Escriba los apellidos del paciente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name is at most %1 letters; shorten it.</source>
        <translation>Un nombre tiene como máximo %1 letras; acórtelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the patient&apos;s birthdate.</source>
        <translation>Escriba la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthdate is in the future; check the year.</source>
        <translation>La fecha de nacimiento está en el futuro; revise el año.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthdate is before 1900; check the year.</source>
        <translation>La fecha de nacimiento es anterior a 1900; revise el año.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex is female or male, or left empty.</source>
        <translation>El sexo es femenino o masculino, o se deja vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give one way to reach the patient: a phone number or an e-mail address.</source>
        <translation>Indique una forma de contactar al paciente: un teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an e-mail address: it needs a name, an @ and a domain, as in name@example.com.</source>
        <translation>«%1» no es un correo electrónico: necesita un nombre, una @ y un dominio, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language is English (en) or Spanish (es).</source>
        <translation>El idioma es inglés (en) o español (es).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preferred way of contact needs its phone number or e-mail address.</source>
        <translation>La forma de contacto preferida necesita su teléfono o su correo electrónico.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 needs the patient&apos;s sex to make the record in the practice&apos;s system; choose female or male.</source>
        <translation>%1 necesita el sexo del paciente para crear el registro en el sistema del consultorio; elija femenino o masculino.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+114"/>
        <source>There is no patient &quot;%1&quot; to be the guarantor; find them first.</source>
        <translation>No hay ningún paciente «%1» que pueda ser el garante; búsquelo primero.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 looks like a patient already on file (same name and birthdate, or same phone). Open that record, or add this one anyway.</source>
        <translation>%1 parece un paciente que ya está en el archivo (mismo nombre y fecha de nacimiento, o mismo teléfono). Abra ese registro o agregue este de todos modos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was added; they are being sent to %2, which writes them into the practice&apos;s system with their first booking.</source>
        <translation>Se agregó a %1; se está enviando a %2, que lo registra en el sistema del consultorio con su primera cita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added; they are being sent to %2.</source>
        <translation>Se agregó a %1; se está enviando a %2.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 was added.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>A patient&apos;s details are changed in the practice&apos;s own system; NexHealth takes no changes from Chairside, and the change appears here at the next sync.</source>
        <translation>Los datos de un paciente se cambian en el propio sistema del consultorio; NexHealth no acepta cambios desde Chairside, y el cambio aparece aquí en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>There is no patient &quot;%1&quot;; find the patient first.</source>
        <translation>No hay ningún paciente «%1»; busque primero al paciente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A patient is not their own guarantor; pick another family member.</source>
        <translation>Un paciente no puede ser su propio garante; elija a otro familiar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s details were saved; they are being sent to %2.</source>
        <translation>Se guardaron los datos de %1; se están enviando a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s details were saved.</source>
        <translation>Se guardaron los datos de %1.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientSearchField</name>
    <message>
        <location filename="../ui/patientsearchfield.cpp" line="+125"/>
        <source>No patient matches; try the last name, the phone&apos;s last four digits or the birthdate.</source>
        <translation>Ningún paciente coincide; pruebe con el apellido, los últimos cuatro dígitos del teléfono o la fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>chairside::PatientSearchModel</name>
    <message>
        <location filename="../models/itemmodels/patientsearchmodel.cpp" line="+41"/>
        <source>More patients match; type more of the name, or the birthdate.</source>
        <translation>Coinciden más pacientes; escriba más del nombre o la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (texted STOP: no texts)</source>
        <translation>%1 (envió STOP: sin mensajes de texto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next: %1 %2, %3</source>
        <translation>próxima: %1 %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing booked</source>
        <translation>sin citas agendadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter goes to the next visit, with %1.</source>
        <translation>Intro lleva a la próxima cita, con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter lists the patient&apos;s visits.</source>
        <translation>Intro muestra las citas del paciente.</translation>
    </message>
</context>
<context>
    <name>chairside::PmsConnectDialog</name>
    <message>
        <location filename="../ui/pmsconnectdialog.cpp" line="+27"/>
        <source>Dentrix (through NexHealth)</source>
        <translation>Dentrix (a través de NexHealth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dentrix is reached through NexHealth&apos;s Synchronizer, installed at the office. Enter the practice&apos;s NexHealth API key, subdomain and location id.</source>
        <translation>Dentrix se alcanza a través del Synchronizer de NexHealth, instalado en el consultorio. Escriba la clave de API de NexHealth del consultorio, su subdominio y el id de la sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eaglesoft (through NexHealth)</source>
        <translation>Eaglesoft (a través de NexHealth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eaglesoft is reached through NexHealth&apos;s Synchronizer, installed at the office. Enter the practice&apos;s NexHealth API key, subdomain and location id.</source>
        <translation>Eaglesoft se alcanza a través del Synchronizer de NexHealth, instalado en el consultorio. Escriba la clave de API de NexHealth del consultorio, su subdominio y el id de la sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Dental (direct)</source>
        <translation>Open Dental (directo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Dental&apos;s API: its local API service at the office, or the remote API. Enter the developer key and the practice&apos;s customer key.</source>
        <translation>La API de Open Dental: su servicio de API local en el consultorio o la API remota. Escriba la clave de desarrollador y la clave de cliente del consultorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Dental (through NexHealth)</source>
        <translation>Open Dental (a través de NexHealth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a practice that already reaches Open Dental through NexHealth. Enter the practice&apos;s NexHealth API key, subdomain and location id.</source>
        <translation>Para un consultorio que ya llega a Open Dental a través de NexHealth. Escriba la clave de API de NexHealth del consultorio, su subdominio y el id de la sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dentrix (seed REST contract, for testing)</source>
        <translation>Dentrix (contrato REST de referencia, para pruebas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The REST contract in Chairside&apos;s seed documents. No Dentrix office serves it; use it with the simulator.</source>
        <translation>El contrato REST de los documentos de referencia de Chairside. Ningún consultorio con Dentrix lo ofrece; úselo con el simulador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eaglesoft (seed SOAP contract, for testing)</source>
        <translation>Eaglesoft (contrato SOAP de referencia, para pruebas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SOAP contract in Chairside&apos;s seed documents. No Eaglesoft office serves it; use it with the simulator.</source>
        <translation>El contrato SOAP de los documentos de referencia de Chairside. Ningún consultorio con Eaglesoft lo ofrece; úselo con el simulador.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connect to the practice system</source>
        <translation>Conectar con el sistema del consultorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The practice &amp;runs:</source>
        <translation>El consultorio &amp;usa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Subdominio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location id:</source>
        <translation>Id de la &amp;sede:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Developer key:</source>
        <translation>Clave de &amp;desarrollador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer key:</source>
        <translation>Clave de c&amp;liente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>&amp;Id de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>chairside::PmsConnectionService</name>
    <message>
        <location filename="../models/services/pmsconnection.cpp" line="+52"/>
        <source>The practice system keeps this practice in the time zone %1, but Chairside has %2. Set the same zone in both (or leave --time-zone out to take the practice system&apos;s), then connect again.</source>
        <translation>El sistema del consultorio tiene este consultorio en la zona horaria %1, pero Chairside tiene %2. Ponga la misma zona en ambos (u omita --time-zone para tomar la del sistema del consultorio) y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This cache has no practice settings yet; give the practice&apos;s name and time zone (an IANA zone such as America/Chicago), or import the practice file first.</source>
        <translation>Esta caché aún no tiene la configuración del consultorio; indique el nombre y la zona horaria del consultorio (una zona IANA como America/Chicago), o importe primero el archivo del consultorio.</translation>
    </message>
</context>
<context>
    <name>chairside::PmsMirror</name>
    <message>
        <location filename="../models/services/pmsmirror.cpp" line="+49"/>
        <source>Chairside, %1: message for the patient, to be given by staff.</source>
        <translation>Chairside, %1: mensaje para el paciente, que el personal debe transmitir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: message sent.</source>
        <translation>Chairside, %1: mensaje enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chairside, %1: the patient accepted.</source>
        <translation>Chairside, %1: el paciente aceptó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chairside, %1: the patient accepted; the new appointment is booked.</source>
        <translation>Chairside, %1: el paciente aceptó; la nueva cita está agendada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chairside, %1: the patient declined.</source>
        <translation>Chairside, %1: el paciente no aceptó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: no answer.</source>
        <translation>Chairside, %1: sin respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: left a message.</source>
        <translation>Chairside, %1: se dejó un mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: could not be delivered.</source>
        <translation>Chairside, %1: no se pudo entregar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: delivered.</source>
        <translation>Chairside, %1: entregado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside, %1: the patient replied.</source>
        <translation>Chairside, %1: el paciente respondió.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
</context>
<context>
    <name>chairside::PracticeFile</name>
    <message>
        <location filename="../models/services/practicefile.cpp" line="+52"/>
        <source>unknown field; expected one of: %1</source>
        <translation>campo desconocido; se esperaba uno de: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location line="+419"/>
        <location line="+49"/>
        <source>missing; this field is required</source>
        <translation>falta; este campo es obligatorio</translation>
    </message>
    <message>
        <location line="-497"/>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; give a value</source>
        <translation>está vacío; indique un valor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a valid id; use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>&quot;%1&quot; no es un identificador válido; use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 está fuera de rango; se esperaba de %2 a %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not an amount; write dollars as a number, e.g. 120 or 1199.50</source>
        <translation>%1 no es un importe; escriba los dólares como un número, p. ej. 120 o 1199.50</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is out of range; expected 0 to %2 dollars</source>
        <translation>%1 está fuera de rango; se esperaban de 0 a %2 dólares</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has more than two decimals; give dollars and cents, e.g. 1199.50</source>
        <translation>%1 tiene más de dos decimales; indique dólares y centavos, p. ej. 1199.50</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+106"/>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 is not a name</source>
        <translation>%1 no es un nombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a time of day; use HH:MM, 00:00 to 23:59</source>
        <translation>&quot;%1&quot; no es una hora del día; use HH:MM, de 00:00 a 23:59</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no es una fecha; use AAAA-MM-DD (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDTHH:MM in office time</source>
        <translation>&quot;%1&quot; no es una fecha con hora; use AAAA-MM-DDTHH:MM (YYYY-MM-DDTHH:MM) en la hora del consultorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; does not exist in %2 (the clocks skip it for daylight saving)</source>
        <translation>&quot;%1&quot; no existe en %2 (el cambio de horario se la salta)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing; list the weekdays, e.g. [&quot;mon&quot;, &quot;tue&quot;]</source>
        <translation>falta; indique los días de la semana, p. ej. [&quot;mon&quot;, &quot;tue&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a list of weekdays</source>
        <translation>%1 no es una lista de días de la semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>%1 no es un día de la semana; use mon, tue, wed, thu, fri, sat o sun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is empty; list at least one weekday</source>
        <translation>está vacío; indique al menos un día de la semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing; this list is required</source>
        <translation>falta; esta lista es obligatoria</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a colour; use #RRGGBB</source>
        <translation>&quot;%1&quot; no es un color; use #RRGGBB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is used twice in this list; ids must be unique</source>
        <translation>&quot;%1&quot; aparece dos veces en esta lista; los identificadores deben ser únicos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a known %2; define it in this file or import it first</source>
        <translation>&quot;%1&quot; no es un %2 conocido; defínalo en este archivo o impórtelo primero</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+208"/>
        <location line="+215"/>
        <source>ends at or before its start</source>
        <translation>termina antes de empezar o a la misma hora</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>is before 1900; check the year</source>
        <translation>es anterior a 1900; revise el año</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 is not a date; use YYYY-MM-DD</source>
        <translation>%1 no es una fecha; use AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a repeating block ends on the day it starts (by 24:00); split a longer one</source>
        <translation>un bloqueo que se repite termina el mismo día en que empieza (antes de las 24:00); divida uno más largo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the block&apos;s first date</source>
        <translation>es anterior a la primera fecha del bloqueo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>names neither a provider nor a chair; give providerId, chairId or both</source>
        <translation>no indica ni profesional ni sillón; dé providerId, chairId o ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not after start</source>
        <translation>no es posterior a start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>says no visit it is for; give types (appointment type ids) or a category (a skill, e.g. &quot;hygiene&quot;)</source>
        <translation>no dice para qué citas es; dé types (ids de tipos de cita) o una category (una habilidad, p. ej. &quot;hygiene&quot;)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a recall kind; use prophy, child_prophy, perio_maintenance or custom</source>
        <translation>&quot;%1&quot; no es un tipo de revisión; use prophy, child_prophy, perio_maintenance o custom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no interval; give intervalMonths (e.g. 6) and/or intervalDays</source>
        <translation>no tiene intervalo; dé intervalMonths (p. ej. 6) y/o intervalDays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing; list the appointment types whose completion satisfies this recall</source>
        <translation>falta; indique los tipos de cita cuya realización cumple esta revisión</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a known recall type; define it in recallTypes or import it first</source>
        <translation>&quot;%1&quot; no es un tipo de revisión conocido; defínalo en recallTypes o impórtelo primero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing; give the due date, or lastDone to count from</source>
        <translation>falta; dé la fecha debida, o lastDone desde la que contar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is before lastDone; check the dates</source>
        <translation>es anterior a lastDone; revise las fechas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient has another %1 recall in this list; keep one</source>
        <translation>el paciente tiene otra revisión %1 en esta lista; deje una</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a format this version reads; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no es un formato que esta versión lea; se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-581"/>
        <source>&quot;%1&quot; is not a known IANA time zone, e.g. America/Chicago</source>
        <translation>&quot;%1&quot; no es una zona horaria IANA conocida, p. ej. America/Chicago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a grid step; use 5, 10 or 15</source>
        <translation>%1 no es un intervalo de agenda; use 5, 10 o 15</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing; the first import into a cache must set up the practice</source>
        <translation>falta; la primera importación en una caché debe configurar el consultorio</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&quot;%1&quot; is not a role; use dentist, hygienist or specialist</source>
        <translation>&quot;%1&quot; no es un rol; use dentist (dentista), hygienist (higienista) o specialist (especialista)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing; list the provider&apos;s working hours</source>
        <translation>falta; indique el horario de trabajo del profesional</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has another override already; merge them</source>
        <translation>%1 ya tiene otra excepción de horario; únalas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either &quot;closed&quot;: true or an &quot;hours&quot; list, not both or neither</source>
        <translation>indique &quot;closed&quot;: true o una lista &quot;hours&quot;, una de las dos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a multiple of 5 minutes</source>
        <translation>%1 no es múltiplo de 5 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minMinutes ≤ minutes ≤ maxMinutes does not hold (%1 ≤ %2 ≤ %3)</source>
        <translation>no se cumple minMinutes ≤ minutes ≤ maxMinutes (%1 ≤ %2 ≤ %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; may hold only X (provider time) and / (assistant time)</source>
        <translation>&quot;%1&quot; solo puede contener X (tiempo del profesional) y / (tiempo del asistente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has %1 cells (%2 minutes) but the type lasts %3 minutes</source>
        <translation>tiene %1 celdas (%2 minutos) pero el tipo dura %3 minutos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>is not an email address</source>
        <translation>no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a supported language; use en or es</source>
        <translation>&quot;%1&quot; no es un idioma admitido; use en o es</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a channel; use sms, email, phone or none</source>
        <translation>&quot;%1&quot; no es un medio de contacto; use sms, email, phone o none</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a time of day; use morning, afternoon or evening</source>
        <translation>&quot;%1&quot; no es un momento del día; use morning, afternoon o evening</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>missing, and the type&apos;s length is not in this file</source>
        <translation>falta, y la duración del tipo no está en este archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a status; use scheduled, confirmed, arrived, in_chair, completed, cancelled or no_show</source>
        <translation>&quot;%1&quot; no es un estado; use scheduled, confirmed, arrived, in_chair, completed, cancelled o no_show</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>is before earliest</source>
        <translation>es anterior a earliest</translation>
    </message>
</context>
<context>
    <name>chairside::ProductionBlocksDialog</name>
    <message>
        <location filename="../ui/productionblocksdialog.cpp" line="+31"/>
        <source>Production blocks</source>
        <translation>Bloques de producción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time a provider or a chair keeps each week for certain visits. Booking another visit there asks first; from the release days before the date on, anything books.</source>
        <translation>Tiempo que un profesional o un sillón reserva cada semana para ciertas citas. Agendar otra cita ahí pide confirmación; desde los días de liberación antes de la fecha, se puede agendar cualquier cita.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Crown/bridge</source>
        <translation>Corona/puente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whoever works in the chair</source>
        <translation>Quien trabaje en el sillón</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any chair the provider works in</source>
        <translation>Cualquier sillón en que trabaje el profesional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Sillón:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For &amp;visits:</source>
        <translation>Para &amp;citas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the visits ticked</source>
        <translation>Solo las citas marcadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 visit</source>
        <translation>Toda cita de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or a c&amp;ategory:</source>
        <translation>O una c&amp;ategoría:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;olour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days before the date</source>
        <translation> días antes de la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks release:</source>
        <translation>Los bloques se liberan:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2
%3 %4–%5</source>
        <comment>a production block: name, who or where; days, times</comment>
        <translation>%1 — %2
%3 %4–%5</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Production blocks now release %n day(s) before their date.</source>
        <translation>
            <numerusform>Los bloques de producción se liberan ahora %n día antes de su fecha.</numerusform>
            <numerusform>Los bloques de producción se liberan ahora %n días antes de su fecha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ProviderDayWindow</name>
    <message>
        <location filename="../ui/providerdaywindow.cpp" line="+104"/>
        <location line="+60"/>
        <source>The provider&apos;s appointments today</source>
        <translation>Las citas del profesional hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ Día &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next day ▶</source>
        <translation>Día &amp;siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose day</source>
        <translation>De quién es el día</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n appointment(s), %1 booked</source>
        <translation>
            <numerusform>%n cita, %1 de agenda</numerusform>
            <numerusform>%n citas, %1 de agenda</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scheduled production: %1 of the %2 goal (%3%)</source>
        <translation>Producción agendada: %1 de la meta de %2 (%3%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled production: %1 (no goal this day)</source>
        <translation>Producción agendada: %1 (sin meta este día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week: %1 of %2 (%3%)</source>
        <translation>semana: %1 de %2 (%3%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week: %1</source>
        <translation>semana: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1% of the day&apos;s goal</source>
        <translation>%1% de la meta del día</translation>
    </message>
</context>
<context>
    <name>chairside::RecallModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/recallmodel.cpp" line="+36"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>atrasada %n día</numerusform>
            <numerusform>atrasada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet due</source>
        <translation>aún no vence</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen %1</source>
        <translation>Última visita %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually with %1</source>
        <translation>Suele ir con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually with %1 in %2</source>
        <translation>Suele ir con %1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked not to be contacted</source>
        <translation>Pidió que no se le contacte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Revisión periódica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual hygienist</source>
        <translation>Higienista habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>chairside::RecallPanel</name>
    <message>
        <location filename="../ui/recallpanel.cpp" line="+119"/>
        <location line="+78"/>
        <location line="+42"/>
        <source>Choose a patient in the recall list first.</source>
        <translation>Elija primero un paciente de la lista de revisiones.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Recall e-mail to %1 is on its way.</source>
        <translation>El correo de revisión para %1 está en camino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall text to %1 is on its way.</source>
        <translation>El mensaje de revisión para %1 está en camino.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+119"/>
        <source>All hygienists and providers</source>
        <translation>Todos los higienistas y profesionales</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>All recall types</source>
        <translation>Todos los tipos de revisión</translation>
    </message>
    <message numerus="yes">
        <location line="-83"/>
        <source>%n due (more; narrow the dates)</source>
        <translation>
            <numerusform>%n pendiente (hay más; acote las fechas)</numerusform>
            <numerusform>%n pendientes (hay más; acote las fechas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due, %1 overdue</source>
        <translation>
            <numerusform>%n pendiente, %1 atrasados</numerusform>
            <numerusform>%n pendientes, %1 atrasados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No appointment type satisfies the %1 recall; set its visits in the practice file.</source>
        <translation>Ningún tipo de cita cumple la revisión %1; indique sus citas en el archivo de clínica.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recall call with %1 noted: %2.</source>
        <translation>Llamada de revisión con %1 anotada: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Book…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the patient&apos;s recall visit, with their usual hygienist and chair first</source>
        <translation>Agendar la cita de revisión del paciente, primero con su higienista y sillón habituales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a recall call and how it went</source>
        <translation>Anotar una llamada de revisión y cómo fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send recall message</source>
        <translation>Enviar mensaje de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or e-mail the patient, by the way they prefer, that a visit is due</source>
        <translation>Avisar al paciente por mensaje o correo, según prefiera, de que le toca una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due from: any</source>
        <translation>Desde: cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due to: the next days</source>
        <translation>Hasta: próximos días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients due for a recall visit, the most overdue first</source>
        <translation>Pacientes a los que les toca una revisión, primero los más atrasados</translation>
    </message>
</context>
<context>
    <name>chairside::RecallService</name>
    <message>
        <location filename="../models/services/recallservice.cpp" line="+162"/>
        <source>The end date %1 is before the start date %2; give the dates in order.</source>
        <translation>La fecha final %1 es anterior a la inicial %2; indique las fechas en orden.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>There is no provider &quot;%1&quot;; use one of: %2.</source>
        <translation>No hay ningún profesional &quot;%1&quot;; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no recall type &quot;%1&quot;; the practice has none set up yet (import recallTypes).</source>
        <translation>No hay ningún tipo de revisión &quot;%1&quot;; la clínica aún no tiene ninguno (importe recallTypes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no recall type &quot;%1&quot;; use one of: %2.</source>
        <translation>No hay ningún tipo de revisión &quot;%1&quot;; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no patient &quot;%1&quot;; check the id.</source>
        <translation>No hay ningún paciente &quot;%1&quot;; compruebe el id.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The &quot;due soon&quot; window must be 0 to 365 days; %1 is not.</source>
        <translation>El margen de &quot;vence pronto&quot; debe ser de 0 a 365 días; %1 no lo es.</translation>
    </message>
</context>
<context>
    <name>chairside::ReminderService</name>
    <message>
        <location filename="../models/services/reminderservice.cpp" line="+46"/>
        <source>no phone number on file</source>
        <translation>no hay número de teléfono registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone number &quot;%1&quot; is too short</source>
        <translation>el número de teléfono &quot;%1&quot; es demasiado corto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no email address on file</source>
        <translation>no hay correo electrónico registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient asked not to be contacted</source>
        <translation>el paciente pidió no ser contactado</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Up to 5 reminders per visit; remove some lead times.</source>
        <translation>Hasta 5 recordatorios por cita; quite algunos plazos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reminder goes from 1 minute to 30 days before the visit; %1 minutes is outside that.</source>
        <translation>Un recordatorio va de 1 minuto a 30 días antes de la cita; %1 minutos queda fuera de ese rango.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;Do not contact&quot; is not a way to send reminders.</source>
        <translation>&quot;No contactar&quot; no es una forma de enviar recordatorios.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The cache holds no practice yet; import a practice file first.</source>
        <translation>La caché aún no tiene un consultorio; importe primero un archivo de consultorio.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1&apos;s %2 reminder went by %3 instead (%4). Update the patient&apos;s contact details.</source>
        <translation>El recordatorio de %2 de %1 se envió por %3 (%4). Actualice los datos de contacto del paciente.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The %1 reminder to %2 for %3 could not be sent (%4). Call the patient and correct their contact details.</source>
        <translation>El recordatorio de %1 para %2 del %3 no se pudo enviar (%4). Llame al paciente y corrija sus datos de contacto.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no appointment &quot;%1&quot;; refresh the list.</source>
        <translation>No existe la cita &quot;%1&quot;; actualice la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This visit is %1; only scheduled and confirmed visits are confirmed.</source>
        <translation>Esta cita está %1; solo se confirman citas agendadas o confirmadas.</translation>
    </message>
</context>
<context>
    <name>chairside::Reminders</name>
    <message>
        <location filename="../models/domain/reminders.cpp" line="-21"/>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left a message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>no vendrá</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::RescheduleDialog</name>
    <message>
        <location filename="../ui/fillpanel.cpp" line="-154"/>
        <source>Reschedule %1</source>
        <translation>Reagendar a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best new times by the patient&apos;s preferences</source>
        <translation>Los mejores horarios nuevos según las preferencias del paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message for the patient, in their language</source>
        <translation>El mensaje para el paciente, en su idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times to offer:</source>
        <translation>Horarios para ofrecer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient took the selected time</source>
        <translation>El paciente tomó el horario seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient declined</source>
        <translation>El paciente rechazó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No time in the next 30 days suits; add the patient to the waitlist.</source>
        <translation>Ningún horario de los próximos 30 días conviene; agregue al paciente a la lista de espera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the time the patient took.</source>
        <translation>Seleccione el horario que tomó el paciente.</translation>
    </message>
</context>
<context>
    <name>chairside::Role</name>
    <message>
        <location filename="../models/domain/session.cpp" line="+29"/>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office manager</source>
        <translation>administrador del consultorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider</source>
        <translation>profesional</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>read only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleChanger</name>
    <message>
        <location filename="../ui/schedulechanger.cpp" line="+41"/>
        <source>%1 does not exist on %2: the clocks change then. Pick another time.</source>
        <translation>%1 no existe el %2: ese día se cambia el horario. Elija otra hora.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That time does not exist on this date: the clocks change then.</source>
        <translation>Esa hora no existe en esta fecha: ese día se cambia el horario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No provider who can do this visit is free in that lane at that time. Try another time, or use provider lanes and drop it on the provider.</source>
        <translation>No hay ningún profesional que pueda atender esta cita libre en esa columna a esa hora. Pruebe otra hora, o use las columnas por profesional y suéltela sobre el profesional.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open instead: %1</source>
        <translation>Disponible en su lugar: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The appointment is gone; the schedule was reloaded.</source>
        <translation>La cita ya no existe; se volvió a cargar la agenda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <comment>the step Edit › Undo takes back</comment>
        <translation>mover</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resize</source>
        <comment>the step Edit › Undo takes back</comment>
        <translation>cambiar duración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book</source>
        <comment>the step Edit › Undo takes back</comment>
        <translation>agendar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Book it here anyway? The choice is recorded in the audit log.</source>
        <translation>¿Agendarla aquí de todos modos? La decisión queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production block</source>
        <translation>Bloque de producción</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <comment>the step Edit › Undo takes back</comment>
        <translation>cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status change</source>
        <comment>the step Edit › Undo takes back</comment>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The appointment is gone; nothing to undo.</source>
        <translation>La cita ya no existe; no hay nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleModel</name>
    <message>
        <location filename="../models/itemmodels/schedulemodel.cpp" line="+19"/>
        <source>only in Chairside</source>
        <translation>solo en Chairside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to reach the practice system</source>
        <translation>pendiente de enviar al sistema del consultorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the practice system</source>
        <translation>en el sistema del consultorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync conflict: needs a person to resolve</source>
        <translation>conflicto de sincronización: alguien debe resolverlo</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Closed</source>
        <comment>the one lane of a day nobody works, in the week</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%1, %2–%3 (%n min)</source>
        <translation>
            <numerusform>%1, %2–%3 (%n min)</numerusform>
            <numerusform>%1, %2–%3 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late: not checked in; possible no-show</source>
        <translation>Retrasado: sin registrar llegada; posible inasistencia</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1, %2 at %3 for %n minutes, %4, %5</source>
        <translation>
            <numerusform>%1, %2 a las %3 durante %n minuto, %4, %5</numerusform>
            <numerusform>%1, %2 a las %3 durante %n minutos, %4, %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late, possible no-show</source>
        <translation>retrasado, posible inasistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleState</name>
    <message>
        <location filename="../models/services/schedulestate.cpp" line="+147"/>
        <source>The cache holds no practice yet; import a practice file first.</source>
        <translation>La caché todavía no tiene un consultorio; importe primero un archivo de consultorio.</translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleView</name>
    <message>
        <location filename="../ui/scheduleview.cpp" line="+123"/>
        <location line="+29"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Late?</source>
        <comment>not checked in after the grace minutes: a possible no-show</comment>
        <translation>¿Retraso?</translation>
    </message>
    <message>
        <location line="+1200"/>
        <source>New blockout</source>
        <translation>Nuevo bloqueo</translation>
    </message>
</context>
<context>
    <name>chairside::SeriesDialog</name>
    <message>
        <location filename="../ui/officedaydialogs.cpp" line="-253"/>
        <source>Move the series</source>
        <translation>Mover la serie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat as a series</source>
        <translation>Repetir como serie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move each visit by:</source>
        <translation>Mover cada cita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a new time of day:</source>
        <translation>A otra hora del día:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From visit %1 on; visits already past or under way stay.</source>
        <translation>Desde la cita %1; las citas ya pasadas o en curso se quedan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First visit:</source>
        <translation>Primera cita:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> visits</source>
        <translation> citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all:</source>
        <translation>En total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check every visit</source>
        <translation>&amp;Comprobar cada cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>As asked</source>
        <translation>Como se pidió</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Move the visits</source>
        <translation>&amp;Mover las citas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Book the visits</source>
        <translation>&amp;Agendar las citas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this visit</source>
        <translation>Omitir esta cita</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every visit can be booked as asked.</source>
        <translation>Todas las citas se pueden agendar como se pidió.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s) cannot be booked as asked: pick an alternative or skip them. Nothing is saved yet.</source>
        <translation>
            <numerusform>%n cita no se puede agendar como se pidió: elija una alternativa u omítala. Aún no se guardó nada.</numerusform>
            <numerusform>%n citas no se pueden agendar como se pidió: elija alternativas u omítalas. Aún no se guardó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::SeriesRule</name>
    <message>
        <location filename="../models/domain/series.cpp" line="+20"/>
        <source>A series has 1 to %1 visits; %2 is out of range.</source>
        <translation>Una serie tiene de 1 a %1 citas; %2 está fuera de rango.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series repeats every 1 to %1 weeks; %2 is out of range.</source>
        <translation>Una serie se repite cada 1 a %1 semanas; %2 está fuera de rango.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>every %n weeks</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2, %3</source>
        <translation>%1 los %2, %3</translation>
    </message>
</context>
<context>
    <name>chairside::SeriesService</name>
    <message>
        <location filename="../models/services/seriesservice.cpp" line="+68"/>
        <source>A series needs a first date and a start time of day.</source>
        <translation>Una serie necesita una primera fecha y una hora de inicio.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every visit of the series is skipped; keep at least one.</source>
        <translation>Todas las citas de la serie están omitidas; conserve al menos una.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Visit %1 of the series has no such alternative; plan the series again.</source>
        <translation>La cita %1 de la serie no tiene esa alternativa; planifique la serie de nuevo.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Visit %1 of the series can no longer be booked there: %2 Nothing was saved; plan the series again.</source>
        <translation>La cita %1 de la serie ya no se puede agendar ahí: %2 No se guardó nada; planifique la serie de nuevo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The new time of day is out of range.</source>
        <translation>La nueva hora del día está fuera de rango.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No visit of this series from visit %1 on can still be moved.</source>
        <translation>Ninguna cita de esta serie desde la cita %1 se puede mover todavía.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no series &quot;%1&quot;; refresh the schedule.</source>
        <translation>No existe la serie &quot;%1&quot;; actualice la agenda.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No visit of this series from visit %1 on can still be cancelled.</source>
        <translation>Ninguna cita de esta serie desde la cita %1 se puede cancelar todavía.</translation>
    </message>
</context>
<context>
    <name>chairside::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+39"/>
        <source>Chairside: first start</source>
        <translation>Chairside: primer inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the office manager&apos;s account. The office manager adds everyone else&apos;s.</source>
        <translation>Cree la cuenta del administrador del consultorio. El administrador agrega las de los demás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside: sign in</source>
        <translation>Chairside: iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your Chairside account.</source>
        <translation>Inicie sesión con su cuenta de Chairside.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chairside is locked</source>
        <translation>Chairside está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chairside is locked. Type your password to go on, or sign in as someone else.</source>
        <translation>Chairside está bloqueado. Escriba su contraseña para continuar, o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password &amp;again:</source>
        <translation>Con&amp;firme la contraseña:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create account</source>
        <translation>Crear la cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account created; now sign in.</source>
        <translation>Cuenta creada; ahora inicie sesión.</translation>
    </message>
</context>
<context>
    <name>chairside::Skill</name>
    <message>
        <location filename="../models/domain/practice.cpp" line="+41"/>
        <source>general dentistry</source>
        <translation>odontología general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hygiene</source>
        <translation>higiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endodontics</source>
        <translation>endodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pediatric dentistry</source>
        <translation>odontopediatría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral surgery</source>
        <translation>cirugía oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orthodontics</source>
        <translation>ortodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periodontics</source>
        <translation>periodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prosthodontics</source>
        <translation>prostodoncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implants</source>
        <translation>implantes</translation>
    </message>
</context>
<context>
    <name>chairside::StaffAccountsDialog</name>
    <message>
        <location filename="../ui/staffaccountsdialog.cpp" line="+21"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own account; another office manager can disable it.</source>
        <translation>Es su propia cuenta; otro administrador del consultorio puede deshabilitarla.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for %1. Give it to them in person; they can change it afterwards.</source>
        <translation>Una contraseña nueva para %1. Entréguesela en persona; después puede cambiarla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has a new password.</source>
        <translation>%1 tiene una contraseña nueva.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>Repita la nueva &amp;contraseña:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas nuevas no coinciden; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>chairside::StaffAccountsModel</name>
    <message>
        <location filename="../models/itemmodels/staffaccountsmodel.cpp" line="+37"/>
        <source>Disabled: cannot sign in</source>
        <translation>Deshabilitada: no puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after failed sign-ins</source>
        <translation>Bloqueada tras intentos fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
</context>
<context>
    <name>chairside::SyncIssues</name>
    <message>
        <location filename="../models/services/syncissues.cpp" line="+99"/>
        <source>That sync issue is not open any more (another desk may have resolved it); refresh the list.</source>
        <translation>Ese problema de sincronización ya no está abierto (quizá otro equipo lo resolvió); actualice la lista.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appointment is no longer in the cache.</source>
        <translation>La cita ya no está en la caché.</translation>
    </message>
</context>
<context>
    <name>chairside::SyncIssuesPanel</name>
    <message>
        <location filename="../ui/syncissuespanel.cpp" line="+67"/>
        <source>Sync issues: changes the practice system refused</source>
        <translation>Problemas de sincronización: cambios que el sistema del consultorio rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to decide. When the practice system refuses a change made here, it is listed here with both versions, to keep yours or take theirs.</source>
        <translation>Nada que decidir. Cuando el sistema del consultorio rechaza un cambio hecho aquí, aparece en esta lista con las dos versiones, para conservar la suya o aceptar la del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this desk&apos;s version to the practice system again</source>
        <translation>Volver a enviar la versión de este equipo al sistema del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Aceptar el suyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop this desk&apos;s change; the practice system&apos;s version stands</source>
        <translation>Descartar el cambio de este equipo; queda la versión del sistema del consultorio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not booked there</source>
        <translation>no está agendada allí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled there</source>
        <translation>cancelada allí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here: %1</source>
        <translation>Aquí: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practice system: %1</source>
        <translation>Sistema del consultorio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a sync issue first.</source>
        <translation>Primero elija un problema de sincronización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent again with the next sync.</source>
        <translation>Se volverá a enviar en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The practice system&apos;s version stands.</source>
        <translation>Queda la versión del sistema del consultorio.</translation>
    </message>
</context>
<context>
    <name>chairside::TrayPanel</name>
    <message>
        <location filename="../ui/sidepanels.cpp" line="+361"/>
        <source>Take off the tray</source>
        <translation>Quitar de la bandeja</translation>
    </message>
</context>
<context>
    <name>chairside::UnscheduledModel</name>
    <message>
        <location filename="../models/itemmodels/unscheduledmodel.cpp" line="+41"/>
        <source>Missed (no-show)</source>
        <translation>Faltó (inasistencia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (%1)</source>
        <translation>Cancelada (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was booked for %1 with %2</source>
        <translation>Estaba citado el %1 con %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was booked for</source>
        <translation>Estaba citado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>chairside::UnscheduledPanel</name>
    <message>
        <location filename="../ui/sidepanels.cpp" line="-101"/>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled and missed</source>
        <translation>Canceladas y faltas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to book again</source>
        <translation>
            <numerusform>%n por reprogramar</numerusform>
            <numerusform>%n por reprogramar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n to book again</source>
        <translation>
            <numerusform>%1 de %n por reprogramar</numerusform>
            <numerusform>%1 de %n por reprogramar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Treatment done elsewhere</source>
        <translation>Tratamiento hecho en otro lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient left the practice</source>
        <translation>El paciente dejó el consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>Ya no es necesaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked in the practice system</source>
        <translation>Agendada en el sistema del consultorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss from the unscheduled list</source>
        <translation>Descartar de la lista sin agendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does %1&apos;s visit no longer need a time?</source>
        <translation>¿Por qué la cita de %1 ya no necesita horario?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reagendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
</context>
<context>
    <name>chairside::UserAccounts</name>
    <message>
        <location filename="../models/services/useraccounts.cpp" line="+72"/>
        <source>There are accounts already; the office manager adds new ones.</source>
        <translation>Ya hay cuentas; el administrador del consultorio agrega las nuevas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the account a name of 1 to 64 characters.</source>
        <translation>Dé a la cuenta un nombre de 1 a 64 caracteres.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+188"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-184"/>
        <source>A provider&apos;s account names which provider it is.</source>
        <translation>La cuenta de un profesional debe indicar qué profesional es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is an account called &quot;%1&quot; already.</source>
        <translation>Ya existe una cuenta llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+173"/>
        <source>The password could not be hashed; try again.</source>
        <translation>No se pudo procesar la contraseña; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>That name and password do not match an account. Check them and try again.</source>
        <translation>Ese nombre y contraseña no corresponden a ninguna cuenta. Revíselos e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>This account is locked after too many failed sign-ins; try again in %n minute(s), or ask the office manager.</source>
        <translation>
            <numerusform>Esta cuenta está bloqueada por demasiados intentos fallidos; inténtelo de nuevo en %n minuto o consulte al administrador del consultorio.</numerusform>
            <numerusform>Esta cuenta está bloqueada por demasiados intentos fallidos; inténtelo de nuevo en %n minutos o consulte al administrador del consultorio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing in could not be recorded in the audit trail, so it was refused. %1</source>
        <translation>No se pudo registrar el inicio de sesión en el registro de auditoría, así que se rechazó. %1</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>There is no account called &quot;%1&quot;; check the name.</source>
        <translation>No hay ninguna cuenta llamada &quot;%1&quot;; revise el nombre.</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>You cannot disable your own account; another office manager can.</source>
        <translation>No puede deshabilitar su propia cuenta; otro administrador del consultorio puede hacerlo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a person signed in with a Chairside account has a password to change.</source>
        <translation>Solo quien inició sesión con una cuenta de Chairside tiene una contraseña que cambiar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current password is not right; nothing was changed.</source>
        <translation>La contraseña actual no es correcta; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The idle lock takes 1 to 60 minutes.</source>
        <translation>El bloqueo por inactividad admite de 1 a 60 minutos.</translation>
    </message>
</context>
<context>
    <name>chairside::WaitlistEntryDialog</name>
    <message>
        <location filename="../ui/fillpanel.cpp" line="-107"/>
        <source>Waitlist entry</source>
        <translation>Entrada de la lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 can wait, 10 as soon as possible</source>
        <translation>1 puede esperar, 10 lo antes posible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Earliest:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latest:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
</context>
<context>
    <name>chairside::WaitlistModel</name>
    <message>
        <location filename="../models/itemmodels/waitlistmodel.cpp" line="+30"/>
        <source>High (8–10)</source>
        <translation>Alta (8–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium (4–7)</source>
        <translation>Media (4–7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (1–3)</source>
        <translation>Baja (1–3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider no longer listed</source>
        <translation>Profesional que ya no figura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet</source>
        <translation>Ninguno aún</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>★ Can take %1</source>
        <translation>★ Puede tomar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency %1 · %2</source>
        <translation>Urgencia %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can come %1</source>
        <translation>Puede venir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since %1</source>
        <translation>Esperando desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact %1</source>
        <translation>Último contacto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact recorded</source>
        <translation>Sin contactos registrados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, can take %2</source>
        <translation>%1, puede tomar %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 can wait, 10 as soon as possible</source>
        <translation>1 puede esperar, 10 lo antes posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider the patient asked for</source>
        <translation>El profesional que pidió el paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The days the patient can come</source>
        <translation>Los días en que el paciente puede venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the list since</source>
        <translation>En la lista desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last time the practice contacted the patient, about anything</source>
        <translation>La última vez que el consultorio contactó al paciente, por cualquier motivo</translation>
    </message>
</context>
<context>
    <name>chairside::WaitlistPanel</name>
    <message>
        <location filename="../ui/sidepanels.cpp" line="-210"/>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All urgencies</source>
        <translation>Todas las urgencias</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n waiting</source>
        <translation>
            <numerusform>%1 de %n en espera</numerusform>
            <numerusform>%1 de %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove from the waitlist</source>
        <translation>Quitar de la lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1 off the waitlist for %2?</source>
        <translation>¿Quitar a %1 de la lista de espera de %2?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offered to %1 ahead of the list (recorded).</source>
        <translation>Ofrecido a %1 antes que al resto de la lista (queda registrado).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from the waitlist</source>
        <translation>&amp;Quitar de la lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer the freed time to this patient now</source>
        <translation>&amp;Ofrecer ahora el horario libre a este paciente</translation>
    </message>
</context>
<context>
    <name>chairside::cli</name>
    <message>
        <location filename="../app/cli/cachecommands.cpp" line="+72"/>
        <source>The cache is re-encrypted under a new key; the keychain holds the new key only.</source>
        <translation>La caché quedó cifrada con una clave nueva; el llavero guarda solo la clave nueva.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup passphrase (at least %1 characters): </source>
        <translation>Frase de contraseña del respaldo (al menos %1 caracteres): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase again: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chairside-cli: the two passphrases differ; nothing was written.</source>
        <translation>chairside-cli: las dos frases de contraseña no coinciden; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written to %1: %2 appointments, %3 patients, %4 audit records, encrypted with the passphrase. Keep the passphrase apart from the file; without it the backup cannot be read.</source>
        <translation>Respaldo guardado en %1: %2 citas, %3 pacientes, %4 registros de auditoría, cifrado con la frase de contraseña. Guarde la frase aparte del archivo; sin ella no se puede leer el respaldo.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña del respaldo: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup of %1 (%2 appointments, %3 patients).</source>
        <translation>Se restauró el respaldo del %1 (%2 citas, %3 pacientes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache it replaced is kept as %1.</source>
        <translation>La caché reemplazada se conserva como %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chairside-cli: --role must be office_manager, front_desk, provider or read_only.</source>
        <translation>chairside-cli: --role debe ser office_manager, front_desk, provider o read_only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <location filename="../app/cli/clicommands.cpp" line="+67"/>
        <location filename="../app/cli/clisession.cpp" line="+81"/>
        <location filename="../app/cli/messagingcommands.cpp" line="+311"/>
        <source>chairside-cli: cannot open the cache: </source>
        <translation>chairside-cli: no se puede abrir la caché: </translation>
    </message>
    <message>
        <location line="-40"/>
        <source>chairside-cli: the first account is the office manager&apos;s: add it with --role office_manager.</source>
        <translation>chairside-cli: la primera cuenta es la del administrador del consultorio: agréguela con --role office_manager.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for the new account %1: </source>
        <translation>Contraseña para la nueva cuenta %1: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 (%2).</source>
        <translation>Se agregó %1 (%2).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked after failed sign-ins</source>
        <translation>bloqueada tras intentos fallidos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a new password; give it to them in person.</source>
        <translation>%1 tiene una contraseña nueva; entréguesela en persona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current password: </source>
        <translation>Contraseña actual: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Nueva contraseña: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password is changed.</source>
        <translation>Su contraseña se cambió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+37"/>
        <source>intact: %n audit record(s) checked in %1 s.</source>
        <translation>
            <numerusform>íntegro: %n registro de auditoría revisado en %1 s.</numerusform>
            <numerusform>íntegro: %n registros de auditoría revisados en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BROKEN at record %1 (audit id %2): %3. %4 record(s) before it are intact. Keep this cache as evidence and restore the audit trail from a backup.</source>
        <translation>ROTO en el registro %1 (id de auditoría %2): %3. Los %4 registro(s) anteriores están íntegros. Conserve esta caché como evidencia y restaure el registro de auditoría desde un respaldo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>chairside-cli: audit export writes --format csv.</source>
        <translation>chairside-cli: audit export escribe --format csv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chairside-cli: --from and --to take dates as YYYY-MM-DD.</source>
        <translation>chairside-cli: --from y --to reciben fechas como AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chairside-cli: there is no patient &quot;%1&quot; in this cache.</source>
        <translation>chairside-cli: no existe el paciente &quot;%1&quot; en esta caché.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n access record(s) for patient %1.</source>
        <translation>
            <numerusform>%n registro de acceso del paciente %1.</numerusform>
            <numerusform>%n registros de acceso del paciente %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chairside-cli: the practice file was not imported; nothing was changed. Fix these and try again:</source>
        <translation>chairside-cli: no se importó el archivo del consultorio; no se cambió nada. Corrija lo siguiente e inténtelo de nuevo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 chairs, %2 providers, %3 patients and %4 appointments.</source>
        <translation>Se importaron %1 sillones, %2 profesionales, %3 pacientes y %4 citas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened the existing cache %1</source>
        <translation>Se abrió la caché existente %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created the encrypted cache %1</source>
        <translation>Se creó la caché cifrada %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache already holds a practice; the demo was not added.</source>
        <translation>La caché ya tiene un consultorio; no se agregó la demostración.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo accounts, each with the password &quot;%1&quot;: %2.</source>
        <translation>Cuentas de demostración, cada una con la contraseña &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>chairside-cli: %1 is not a file (a device, folder or pipe); give the practice file itself.</source>
        <translation>chairside-cli: %1 no es un archivo (es un dispositivo, una carpeta o una tubería); indique el archivo del consultorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chairside-cli: %1 is %2 MB; a practice file is at most 1,024 MB. Check that it is the practice file.</source>
        <translation>chairside-cli: %1 ocupa %2 MB; un archivo de consultorio ocupa como máximo 1.024 MB. Compruebe que es el archivo del consultorio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chairside-cli: cannot read %1 (%2); check the path.</source>
        <translation>chairside-cli: no se puede leer %1 (%2); revise la ruta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>chairside-cli: --date &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>chairside-cli: --date &quot;%1&quot; no es una fecha; use AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chairside-cli: this cache holds no practice yet; import the practice file first.</source>
        <translation>chairside-cli: esta caché todavía no tiene un consultorio; importe primero el archivo del consultorio.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No appointments.</source>
        <translation>No hay citas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/fillcommands.cpp" line="+591"/>
        <source>chairside-cli: --start &quot;%1&quot; is not a time; use YYYY-MM-DDTHH:MM in the practice&apos;s local time.</source>
        <translation>chairside-cli: --start &quot;%1&quot; no es una hora; use AAAA-MM-DDTHH:MM (YYYY-MM-DDTHH:MM) en la hora local del consultorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chairside-cli: %1 does not exist in %2 (the clocks skip it for daylight saving); pick another time.</source>
        <translation>chairside-cli: %1 no existe en %2 (el cambio de horario se la salta); elija otra hora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>chairside-cli: --%1 &quot;%2&quot; must be a whole number of at least %3.</source>
        <translation>chairside-cli: --%1 &quot;%2&quot; debe ser un número entero de al menos %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Time came free: %1, %n min.</source>
        <translation>
            <numerusform>Quedó tiempo libre: %1, %n min.</numerusform>
            <numerusform>Quedó tiempo libre: %1, %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The waitlist cannot be read: %1</source>
        <translation>No se puede leer la lista de espera: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody on the waitlist can take it.</source>
        <translation>Nadie en la lista de espera puede tomarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s) on the waitlist can take it:</source>
        <translation>
            <numerusform>%n paciente de la lista de espera puede tomarlo:</numerusform>
            <numerusform>%n pacientes de la lista de espera pueden tomarlo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot take it:</source>
        <translation>No pueden tomarlo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a waitlist patient and why they cannot take the time</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already booked: %1</source>
        <translation>Ya estaba agendada: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>chairside-cli: refused; nothing was changed:</source>
        <translation>chairside-cli: rechazado; no se cambió nada:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Openings instead:</source>
        <translation>Espacios libres disponibles:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>chairside-cli: %1 needs %2; see --help.</source>
        <translation>chairside-cli: %1 necesita %2; vea --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chairside-cli: --from &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>chairside-cli: --from &quot;%1&quot; no es una fecha; use AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No openings in that window.</source>
        <translation>No hay espacios libres en ese periodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no appointment &quot;%1&quot;; check the id.</source>
        <translation>No existe la cita &quot;%1&quot;; revise el identificador.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>chairside-cli: --reason &quot;%1&quot; is not one of patient, practice, emergency, other.</source>
        <translation>chairside-cli: --reason &quot;%1&quot; no es uno de patient, practice, emergency, other.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>chairside-cli: --to &quot;%1&quot; is not one of confirmed, arrived, in_chair, completed, no_show, cancelled.</source>
        <translation>chairside-cli: --to &quot;%1&quot; no es uno de confirmed, arrived, in_chair, completed, no_show, cancelled.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>This is a warning: to book over it, run the same command with --override %1 (the choice is recorded in the audit log).</source>
        <translation>Es un aviso: para agendar a pesar de él, ejecute la misma orden con --override %1 (la decisión queda en el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>chairside-cli: --override &quot;%1&quot; is not a warning that can be booked over; the one there is: %2.</source>
        <translation>chairside-cli: --override &quot;%1&quot; no es un aviso que se pueda pasar por alto; el que hay es: %2.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>chairside-cli: to cancel, use: cancel --id A --reason R.</source>
        <translation>chairside-cli: para cancelar, use: cancel --id A --reason R.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>chairside-cli: %1 needs %2; see chairside-cli help %1.</source>
        <translation>chairside-cli: %1 necesita %2; vea chairside-cli help %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad input (the reason on stderr)</source>
        <translation>entrada incorrecta (el motivo en stderr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cache cannot be opened or written</source>
        <translation>la caché no se puede abrir ni escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync incomplete</source>
        <translation>sincronización incompleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role may not do this</source>
        <translation>su rol no permite hacer esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign-in failed</source>
        <translation>falló el inicio de sesión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fill the new cache with the demo practice</source>
        <translation>llenar la caché nueva con el consultorio de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="+759"/>
        <source>the office date</source>
        <translation>la fecha del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="-116"/>
        <source>the appointment type&apos;s id</source>
        <translation>el identificador del tipo de cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="+106"/>
        <source>the first office date</source>
        <translation>la primera fecha del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last office date</source>
        <translation>la última fecha del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days</source>
        <translation>cuántos días</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="-105"/>
        <source>the provider&apos;s id</source>
        <translation>el identificador del profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="-2"/>
        <source>the patient&apos;s id</source>
        <translation>el identificador del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most this many</source>
        <translation>como máximo esta cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the length in minutes</source>
        <translation>la duración en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="+45"/>
        <location line="+42"/>
        <source>the chair&apos;s id</source>
        <translation>el identificador del sillón</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="-41"/>
        <source>the start, in the practice&apos;s local time</source>
        <translation>el inicio, en la hora local del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="-43"/>
        <source>the id the listing printed</source>
        <translation>el identificador que mostró el listado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version you read (else the one stored now)</source>
        <translation>la versión que leyó (si no, la guardada ahora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/fillcommands.cpp" line="+96"/>
        <source>why: patient, practice, emergency or other</source>
        <translation>motivo: patient, practice, emergency u other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new status</source>
        <translation>el nuevo estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>books once however often it is sent</source>
        <translation>agenda una sola vez aunque se envíe varias veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>book over this warning (production_block), audited</source>
        <translation>agendar a pesar de este aviso (production_block), queda auditado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the practice system&apos;s address</source>
        <translation>la dirección del sistema del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CA certificate (PEM) to trust besides the system&apos;s</source>
        <translation>un certificado de CA (PEM) en el que confiar además de los del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests a minute the practice system allows</source>
        <translation>solicitudes por minuto que permite el sistema del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice&apos;s name, for a cache made without a file</source>
        <translation>el nombre del consultorio, para una caché creada sin archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice&apos;s IANA time zone, for a cache made without a file</source>
        <translation>la zona horaria IANA del consultorio, para una caché creada sin archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one run (the default)</source>
        <translation>una sola pasada (lo predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what waits, without syncing</source>
        <translation>informar lo que espera, sin sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve a sync issue keeping this desk&apos;s change</source>
        <translation>resolver un problema de sincronización conservando el cambio de este puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve a sync issue taking the practice system&apos;s</source>
        <translation>resolver un problema de sincronización tomando el del sistema del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv</source>
        <translation>csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file to write</source>
        <translation>el archivo de copia de seguridad que se escribirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file to restore</source>
        <translation>el archivo de copia de seguridad que se restaurará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace a cache changed after the backup, or one that cannot be opened</source>
        <translation>reemplazar una caché modificada después de la copia, o una que no se puede abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new account&apos;s name</source>
        <translation>el nombre de la cuenta nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office_manager, front_desk, provider or read_only</source>
        <translation>office_manager, front_desk, provider o read_only</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: chairside-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>Uso: chairside-cli &lt;comando&gt; [opciones]

Comandos:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every command takes --data-dir DIR (else the platform&apos;s application data folder) and --lang es|en (else the system&apos;s language).
Once a cache has staff accounts, every command but init takes --user NAME; the password is
read from the terminal without echo, or from the first line of stdin (secrets a command
needs follow on the next lines). `init --demo` adds the demo accounts manager, frontdesk,
dr.alvarez and viewer, each with the password chairside-demo.
Times are the practice&apos;s local wall-clock time.
`chairside-cli help COMMAND` tells one command&apos;s options and exit codes.
</source>
        <translation>Todos los comandos aceptan --data-dir DIR (si no, la carpeta de datos de aplicaciones de la plataforma) y --lang es|en (si no, el idioma del sistema).
Cuando una caché tiene cuentas del personal, todos los comandos salvo init requieren --user NOMBRE; la contraseña se
lee del terminal sin eco, o de la primera línea de stdin (los secretos que un comando
necesite van en las líneas siguientes). `init --demo` agrega las cuentas de demostración manager, frontdesk,
dr.alvarez y viewer, todas con la contraseña chairside-demo.
Las horas son la hora local del consultorio.
`chairside-cli help COMANDO` muestra las opciones y los códigos de salida de un comando.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: chairside-cli %1</source>
        <translation>Uso: chairside-cli %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print JSON (ids kept)</source>
        <translation>imprimir JSON (con identificadores)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>create an encrypted cache (with the demo practice)</source>
        <translation>crear una caché cifrada (con el consultorio de demostración)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list one day&apos;s appointments</source>
        <translation>listar las citas de un día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the best openings for a visit, ranked</source>
        <translation>los mejores espacios libres para una cita, ordenados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>book a visit</source>
        <translation>agendar una cita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>move or resize a visit; says what time came free</source>
        <translation>mover o cambiar la duración de una cita; indica qué tiempo quedó libre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cancel a visit; says what time came free and who on the waitlist can take it</source>
        <translation>cancelar una cita; indica qué tiempo quedó libre y quién de la lista de espera puede tomarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next step of a visit: confirmed, arrived, in the chair, …</source>
        <translation>el siguiente paso de una cita: confirmada, llegó, en el sillón, …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>undo a visit&apos;s last status step</source>
        <translation>deshacer el último cambio de estado de una cita</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>link, pull and push once; or report what waits and the sync issues; or resolve one</source>
        <translation>vincular, traer y enviar una vez; o informar lo que espera y los problemas de sincronización; o resolver uno</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the staff accounts, with their roles and whether they can sign in</source>
        <translation>las cuentas del personal, con su función y si pueden iniciar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stop an account from signing in, in the window and here (office manager)</source>
        <translation>impide que una cuenta inicie sesión, en la ventana y aquí (administrador del consultorio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>let a disabled account sign in again (office manager)</source>
        <translation>permite que una cuenta deshabilitada vuelva a iniciar sesión (administrador del consultorio)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give an account a new password, on the next line; clears its lockout (office manager)</source>
        <translation>da a una cuenta una contraseña nueva, en la línea siguiente; quita su bloqueo (administrador del consultorio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change your own password: the current one, then the new one, on the next lines</source>
        <translation>cambia su propia contraseña: la actual y luego la nueva, en las líneas siguientes</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Sign in as this staff account.</source>
        <translation>Iniciar sesión con esta cuenta del personal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>chairside-cli: %1 has no --json output.</source>
        <translation>chairside-cli: %1 no tiene salida --json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chairside-cli: %1 takes %2 argument(s); see chairside-cli help %1.</source>
        <translation>chairside-cli: %1 lleva %2 argumento(s); vea chairside-cli help %1.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The folder holding the cache.</source>
        <translation>La carpeta que contiene la caché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON.</source>
        <translation>Escribir JSON.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The language of messages and help: es or en.</source>
        <translation>El idioma de los mensajes y la ayuda: es o en.</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>refused: a booking rule, a likely duplicate patient, a broken audit trail, a damaged cache or a newer cache kept</source>
        <translation>rechazado: una regla de citas, un probable paciente duplicado, un registro de auditoría roto, una caché dañada o una caché más reciente conservada</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>opendental, dentrix, eaglesoft or nexhealth</source>
        <translation>opendental, dentrix, eaglesoft o nexhealth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice&apos;s subdomain at NexHealth</source>
        <translation>el subdominio del consultorio en NexHealth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice&apos;s location id at NexHealth</source>
        <translation>el id de la sede del consultorio en NexHealth</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>load a chairside-practice file, all or nothing</source>
        <translation>cargar un archivo chairside-practice, todo o nada</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>connect to the practice system: secrets on stdin to the keychain (Open Dental DEVELOPERKEY/CUSTOMERKEY on one line; Dentrix client id, client secret, API key on three; Eaglesoft user name and password on two; NexHealth the API key on one), link, first sync</source>
        <translation>conectar con el sistema del consultorio: secretos por la entrada estándar al llavero (Open Dental DEVELOPERKEY/CUSTOMERKEY en una línea; Dentrix id de cliente, secreto de cliente y clave de API en tres; Eaglesoft usuario y contraseña en dos; NexHealth la clave de API en una), enlazar, primera sincronización</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>chairside-cli: give one issue number, to --keep-mine or to --take-theirs (see sync --status).</source>
        <translation>chairside-cli: indique un número de problema, a --keep-mine o a --take-theirs (vea sync --status).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check the audit trail&apos;s hash chain and every page (exit 3 if broken)</source>
        <translation>comprobar la cadena de hashes del registro de auditoría y cada página (sale con 3 si está rota)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one patient&apos;s access report, as CSV on stdout</source>
        <translation>el informe de accesos de un paciente, en CSV por stdout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read every page of the cache (office manager); exit 3 names the first damaged table</source>
        <translation>leer cada página de la caché (administrador del consultorio); sale con 3 y nombra la primera tabla dañada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add a staff account; its password on the next line (the first account is the office manager&apos;s)</source>
        <translation>agregar una cuenta del personal; su contraseña en la línea siguiente (la primera cuenta es la del administrador del consultorio)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>re-encrypt the cache under a new key (office manager)</source>
        <translation>volver a cifrar la caché con una clave nueva (administrador del consultorio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an encrypted backup; the passphrase (at least 15 characters) on the next line</source>
        <translation>una copia de seguridad cifrada; la frase de contraseña (al menos 15 caracteres) en la línea siguiente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check a backup, then put it in place; never over a cache changed since the backup without --force (the replaced one is kept)</source>
        <translation>comprobar una copia y ponerla en su lugar; nunca sobre una caché modificada desde la copia sin --force (la reemplazada se conserva)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list the commands, or tell one command&apos;s options and exit codes</source>
        <translation>listar los comandos, o mostrar las opciones y los códigos de salida de uno</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+11"/>
        <source>chairside-cli: &quot;%1&quot; is not a command.</source>
        <translation>chairside-cli: &quot;%1&quot; no es un comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="-42"/>
        <source>chairside-cli: this cache has no staff accounts yet, so there is no &quot;%1&quot; to sign in as; leave out --user, or add the office manager first with `chairside-cli users add`.</source>
        <translation>chairside-cli: esta caché todavía no tiene cuentas del personal, así que no existe &quot;%1&quot; para iniciar sesión; omita --user, o agregue primero al administrador del consultorio con `chairside-cli users add`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chairside-cli: this cache has staff accounts: sign in with --user NAME (the password is read from the terminal, or from the first line of stdin).</source>
        <translation>chairside-cli: esta caché tiene cuentas del personal: inicie sesión con --user NOMBRE (la contraseña se lee de la terminal o de la primera línea de la entrada estándar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="+53"/>
        <source>this cache is not connected to a practice system; use `chairside-cli pms connect`.</source>
        <translation>esta caché no está conectada a un sistema del consultorio; use `chairside-cli pms connect`.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>chairside-cli: sync stopped: </source>
        <translation>chairside-cli: la sincronización se detuvo: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted %1 record(s) new to this cache from the practice system.</source>
        <translation>Se incorporaron %1 registro(s) nuevos para esta caché desde el sistema del consultorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked %1 new record(s). Pulled %2 appointment(s): %3 new, %4 changed. Pushed %5; %6 waiting, %7 refused.</source>
        <translation>Se enlazaron %1 registro(s) nuevos. Se recibieron %2 cita(s): %3 nuevas, %4 modificadas. Se enviaron %5; %6 pendientes, %7 rechazadas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not matched yet: %1 chair(s), %2 provider(s), %3 patient(s).</source>
        <translation>Aún sin enlazar: %1 sillón(es), %2 profesional(es), %3 paciente(s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chairside-cli: --rate takes the requests a minute the practice system allows, e.g. 60.</source>
        <translation>chairside-cli: --rate recibe las solicitudes por minuto que permite el sistema del consultorio, p. ej. 60.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chairside-cli: --pms must be one of %1.</source>
        <translation>chairside-cli: --pms debe ser uno de %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chairside-cli: NexHealth needs the practice&apos;s --subdomain and --location-id (both in NexHealth&apos;s settings for the practice).</source>
        <translation>chairside-cli: NexHealth necesita --subdomain y --location-id del consultorio (ambos en la configuración del consultorio en NexHealth).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chairside-cli: --subdomain and --location-id are for --pms nexhealth only.</source>
        <translation>chairside-cli: --subdomain y --location-id son solo para --pms nexhealth.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>chairside-cli: this cache has no practice settings yet; give --practice-name NAME and --time-zone ZONE (an IANA zone such as America/Chicago), or import the practice file first.</source>
        <translation>chairside-cli: esta caché todavía no tiene la configuración del consultorio; indique --practice-name NOMBRE y --time-zone ZONA (una zona IANA como America/Chicago), o importe primero el archivo del consultorio.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Issue %1: this desk&apos;s version is sent with the next sync.</source>
        <translation>Problema %1: la versión de este equipo se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue %1: the practice system&apos;s version stands.</source>
        <translation>Problema %1: queda la versión del sistema del consultorio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>chairside-cli: this cache is not connected to a practice system; use `chairside-cli pms connect`.</source>
        <translation>chairside-cli: esta caché no está conectada a un sistema del consultorio; use `chairside-cli pms connect`.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 at %2: %3 change(s) waiting to be sent, %4 conflict(s).</source>
        <translation>%1 en %2: %3 cambio(s) pendientes de enviar, %4 conflicto(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  issue %1: appointment %2 (%3), mine %4 in %5; theirs %6. %7</source>
        <translation>  problema %1: cita %2 (%3), la mía %4 en %5; la suya %6. %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not on the practice system</source>
        <translation>no está en el sistema del consultorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve with `chairside-cli sync --keep-mine ISSUE` or `--take-theirs ISSUE`.</source>
        <translation>Resuélvalo con `chairside-cli sync --keep-mine PROBLEMA` o `--take-theirs PROBLEMA`.</translation>
    </message>
    <message>
        <location filename="../app/cli/fillcommands.cpp" line="-1238"/>
        <source>chairside-cli: --%1 &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>chairside-cli: --%1 &quot;%2&quot; no es una fecha; use AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chairside-cli: --%1 &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>chairside-cli: --%1 &quot;%2&quot; debe ser un número entero de %3 a %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 — %2 (%n min), %3, urgency %4</source>
        <translation>
            <numerusform>%1 — %2 (%n min), %3, urgencia %4</numerusform>
            <numerusform>%1 — %2 (%n min), %3, urgencia %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>On the waitlist: %1</source>
        <translation>En la lista de espera: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nobody is on the waitlist.</source>
        <translation>No hay nadie en la lista de espera.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../app/cli/patientcommands.cpp" line="+44"/>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Say whom to find: part of a name, a phone&apos;s last digits, a birthdate or the patient&apos;s number in the practice system.</source>
        <translation>Indique a quién buscar: parte de un nombre, los últimos dígitos de un teléfono, una fecha de nacimiento o el número del paciente en el sistema del consultorio.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No patient matches.</source>
        <translation>Ningún paciente coincide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>patient no. %1</source>
        <translation>paciente n.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next visit %1, %2 with %3</source>
        <translation>próxima cita %1, %2 con %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>nothing booked</source>
        <translation>sin citas agendadas</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>More patients match; type more of the name, or the birthdate.</source>
        <translation>Coinciden más pacientes; escriba más del nombre o la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 with %3, %4 · %5</source>
        <translation>%1 · %2 con %3, %4 · %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say which patient: their id, as `patient find --json` gives it.</source>
        <translation>Indique qué paciente: su id, como lo da `patient find --json`.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>born %1, age %2</source>
        <translation>nació el %1, %2 años</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by:</source>
        <translation>Contactar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family:</source>
        <translation>Familia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows:</source>
        <translation>Inasistencias:</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in the last %1 months</source>
        <translation>
            <numerusform>%n en los últimos %1 meses</numerusform>
            <numerusform>%n en los últimos %1 meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coming up:</source>
        <translation>Próximas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past visits:</source>
        <translation>Citas pasadas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none on record</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, urgency %3</source>
        <translation>%1, %2, urgencia %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2, %3, urgency %4</source>
        <translation>%1 con %2, %3, urgencia %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waitlist:</source>
        <translation>Lista de espera:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on the waitlist</source>
        <translation>no está en la lista de espera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled:</source>
        <translation>Por reprogramar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing left to rebook</source>
        <translation>nada por reprogramar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact log (latest first):</source>
        <translation>Registro de contactos (el más reciente primero):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no contact recorded</source>
        <translation>sin contactos registrados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed from the waitlist.</source>
        <translation>Quitado de la lista de espera.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Nobody missed or cancelled a visit in the last %n day(s) without booking again.</source>
        <translation>
            <numerusform>Nadie faltó ni canceló una cita en el último %n día sin volver a agendar.</numerusform>
            <numerusform>Nadie faltó ni canceló una cita en los últimos %n días sin volver a agendar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2, was %3 %4 with %5 (%6)</source>
        <translation>%1 — %2, era el %3 a las %4 con %5 (%6)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1, until %2</source>
        <translation>%1, hasta las %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %2 %3, %n min: %4</source>
        <translation>
            <numerusform>%1 — %2 %3, %n min: %4</numerusform>
            <numerusform>%1 — %2 %3, %n min: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>No offers in the last %n hour(s).</source>
        <translation>
            <numerusform>No hubo ofertas en la última %n hora.</numerusform>
            <numerusform>No hubo ofertas en las últimas %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No new offer: the time is already offered to as many patients as the practice allows, or nobody else on the waitlist can take it.</source>
        <translation>Ninguna oferta nueva: el tiempo ya se ofreció a tantos pacientes como permite el consultorio, o nadie más de la lista de espera puede tomarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chairside-cli: give --accepted or --declined.</source>
        <translation>chairside-cli: indique --accepted o --declined.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Booked from the waitlist: %1; the other offers for that time are withdrawn.</source>
        <translation>Agendado desde la lista de espera: %1; las demás ofertas para ese horario se retiraron.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declined; nobody else on the waitlist can take that time.</source>
        <translation>Rechazada; nadie más de la lista de espera puede tomar ese horario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined; offered to the next patient on the list:</source>
        <translation>Rechazada; se ofreció al siguiente paciente de la lista:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%1, %n day(s)</source>
        <translation>
            <numerusform>%1, %n día</numerusform>
            <numerusform>%1, %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-shows: %1% of visits due in 30 days, %2% in 90 days.</source>
        <translation>Inasistencias: %1% de las citas previstas en 30 días, %2% en 90 días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: %2% of open time booked, %3 visit(s)</source>
        <translation>  %1: %2% del tiempo disponible agendado, %3 cita(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open gaps of %1 min or more ahead: %2. On the waitlist: %3.</source>
        <translation>Huecos libres de %1 min o más por delante: %2. En la lista de espera: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled production on %1 and in the week of %2 to %3:</source>
        <translation>Producción agendada el %1 y en la semana del %2 al %3:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: %2 that day, %3 that week</source>
        <translation>  %1: %2 ese día, %3 esa semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice</source>
        <translation>Clínica</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n visit(s) that week are of types with no fee set; give the types a fee in the practice file.</source>
        <translation>
            <numerusform>  %n cita de esa semana es de un tipo sin tarifa; dé una tarifa a los tipos en el archivo de clínica.</numerusform>
            <numerusform>  %n citas de esa semana son de tipos sin tarifa; dé una tarifa a los tipos en el archivo de clínica.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nobody is late: every patient due has checked in or is still within the grace minutes.</source>
        <translation>Nadie llega tarde: cada paciente esperado ya llegó o sigue dentro de los minutos de gracia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due at %2, not checked in; mark with: status --id %3 --to no_show</source>
        <translation>%1 — citado a las %2, no ha llegado; márquelo con: status --id %3 --to no_show</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No time in the next 30 days suits this patient; add them to the waitlist.</source>
        <translation>Ningún horario de los próximos 30 días le conviene a este paciente; agréguelo a la lista de espera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message for the patient:</source>
        <translation>Mensaje para el paciente:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chairside-cli: --outcome &quot;%1&quot; is not one of accepted, declined, no_answer, left_message.</source>
        <translation>chairside-cli: --outcome &quot;%1&quot; no es accepted, declined, no_answer ni left_message.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chairside-cli: an accepted call needs --choice, the option the patient took.</source>
        <translation>chairside-cli: una llamada aceptada necesita --choice, la opción que tomó el paciente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Booked: %1</source>
        <translation>Agendado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Recorded: %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 %2 — %3, %4: %5</source>
        <translation>%1 %2 — %3, %4: %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chairside-cli: --state &quot;%1&quot; is not one of confirmed, left_message, declined, unconfirmed.</source>
        <translation>chairside-cli: --state &quot;%1&quot; no es confirmed, left_message, declined ni unconfirmed.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>chairside-cli: --days &quot;%1&quot; names no weekday; use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>chairside-cli: --days &quot;%1&quot; no nombra ningún día; use mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>chairside-cli: --time &quot;%1&quot; is not a time; use HH:MM.</source>
        <translation>chairside-cli: --time &quot;%1&quot; no es una hora; use HH:MM.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>chairside-cli: %n visit(s) cannot be booked as asked; nothing was saved. Book with --best to take each one&apos;s best alternative (or skip it when it has none):</source>
        <translation>
            <numerusform>chairside-cli: %n cita no se puede agendar como se pidió; no se guardó nada. Agende con --best para tomar la mejor alternativa de cada una (u omitirla si no tiene):</numerusform>
            <numerusform>chairside-cli: %n citas no se pueden agendar como se pidió; no se guardó nada. Agende con --best para tomar la mejor alternativa de cada una (u omitirla si no tiene):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Booked %n visit(s) of the series:</source>
        <translation>
            <numerusform>Se agendó %n cita de la serie:</numerusform>
            <numerusform>Se agendaron %n citas de la serie:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>that visit is not part of a series.</source>
        <translation>esa cita no forma parte de una serie.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n visit(s) of the series cancelled:</source>
        <translation>
            <numerusform>%n cita de la serie cancelada:</numerusform>
            <numerusform>%n citas de la serie canceladas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chairside-cli: give two or more --patients and as many --types, in the same order, separated by commas.</source>
        <translation>chairside-cli: indique dos o más --patients y otros tantos --types, en el mismo orden, separados por comas.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>chairside-cli: no time in those %n day(s) fits the whole family; try more days or side by side.</source>
        <translation>
            <numerusform>chairside-cli: ningún horario de ese %n día le sirve a toda la familia; pruebe más días o lado a lado.</numerusform>
            <numerusform>chairside-cli: ningún horario de esos %n días le sirve a toda la familia; pruebe más días o lado a lado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Booked the family together:</source>
        <translation>Se agendó a la familia junta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chairside-cli: give --mark or --back, not both.</source>
        <translation>chairside-cli: indique --mark o --back, no ambos.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Moved %n visit(s):</source>
        <translation>
            <numerusform>Se movió %n cita:</numerusform>
            <numerusform>Se movieron %n citas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Away that day; %n visit(s) to move:</source>
        <translation>
            <numerusform>Ausente ese día; %n cita por mover:</numerusform>
            <numerusform>Ausente ese día; %n citas por mover:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Works that day as usual; %n visit(s) booked.</source>
        <translation>
            <numerusform>Trabaja ese día como siempre; %n cita agendada.</numerusform>
            <numerusform>Trabaja ese día como siempre; %n citas agendadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no place: call the patient</source>
        <translation>sin lugar: llame al paciente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move them all with --apply.</source>
        <translation>Muévalas todas con --apply.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>put a patient on the waitlist for a visit</source>
        <translation>poner a un paciente en la lista de espera para una cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day the patient can come (today)</source>
        <translation>el primer día en que el paciente puede venir (hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day (30 days after the first)</source>
        <translation>el último día (30 días después del primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 10, most urgent first (default 5)</source>
        <translation>de 1 a 10, primero el más urgente (predeterminado 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the waitlist, most urgent first</source>
        <translation>la lista de espera, primero lo más urgente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>find patients by name (any order, accents ignored), a phone&apos;s last digits, a birthdate or the patient&apos;s number in the practice system, each with their next visit</source>
        <translation>busca pacientes por nombre (en cualquier orden, sin importar acentos), los últimos dígitos de un teléfono, una fecha de nacimiento o el número del paciente en el sistema del consultorio, cada uno con su próxima cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most this many patients (default 20)</source>
        <translation>como máximo esta cantidad de pacientes (20 por omisión)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a patient&apos;s card: contact details and preferences, family, visits with how they went, no-shows, the waitlist, unscheduled visits and the contact log</source>
        <translation>la ficha de un paciente: datos de contacto y preferencias, familia, citas y cómo fueron, inasistencias, la lista de espera, las citas por reprogramar y el registro de contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take an entry off the waitlist</source>
        <translation>quitar una entrada de la lista de espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patients who missed or cancelled a visit and have not booked again</source>
        <translation>pacientes que faltaron o cancelaron una cita y no volvieron a agendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far back, in days (default 30)</source>
        <translation>cuánto hacia atrás, en días (predeterminado 30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offers of freed time and what became of them</source>
        <translation>las ofertas de tiempo liberado y qué pasó con ellas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far back, in hours (default 12)</source>
        <translation>cuánto hacia atrás, en horas (predeterminado 12)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offer freed time to the next patients on the waitlist, for the practice&apos;s offer minutes</source>
        <translation>ofrecer tiempo liberado a los siguientes pacientes de la lista de espera, durante los minutos de oferta del consultorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>how long the free time is</source>
        <translation>cuánto dura el tiempo libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patient&apos;s answer: accepted books the time, declined offers it to the next</source>
        <translation>la respuesta del paciente: accepted agenda el horario, declined lo ofrece al siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the patient took it</source>
        <translation>el paciente lo aceptó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the patient said no</source>
        <translation>el paciente dijo que no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today&apos;s patients not checked in after the practice&apos;s grace minutes</source>
        <translation>los pacientes de hoy que no llegaron tras los minutos de gracia del consultorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the three best new times for a missed or cancelled visit and the message to send; with --outcome, the call&apos;s result (accepted books --choice)</source>
        <translation>los tres mejores horarios nuevos para una cita perdida o cancelada y el mensaje que enviar; con --outcome, el resultado de la llamada (accepted agenda --choice)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how the call went</source>
        <translation>cómo fue la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the option the patient took (1 to 3)</source>
        <translation>la opción que tomó el paciente (1 a 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the visits to confirm, with each patient&apos;s number and where they stand</source>
        <translation>las citas por confirmar, con el número de cada paciente y en qué estado están</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first office date (tomorrow)</source>
        <translation>la primera fecha del consultorio (mañana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days (default 1)</source>
        <translation>cuántos días (predeterminado 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outcome of a confirmation call; confirmed confirms the visit</source>
        <translation>el resultado de una llamada de confirmación; confirmed confirma la cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the patient said</source>
        <translation>lo que dijo el paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>book a repeating visit, all or none; refused with each failing visit&apos;s best alternative unless --best takes them</source>
        <translation>agendar una cita que se repite, todo o nada; se rechaza con la mejor alternativa de cada cita que falla salvo que --best las tome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first date</source>
        <translation>la primera fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local start time</source>
        <translation>la hora local de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weekdays</source>
        <translation>los días de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many visits</source>
        <translation>cuántas citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every N weeks (default 1)</source>
        <translation>cada N semanas (predeterminado 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the length (default the type&apos;s)</source>
        <translation>la duración (predeterminada la del tipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take each failing visit&apos;s best alternative</source>
        <translation>tomar la mejor alternativa de cada cita que falla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancel a series from one of its visits on, all or none</source>
        <translation>cancelar una serie a partir de una de sus citas, todo o nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first visit to cancel</source>
        <translation>la primera cita que se cancela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>book several family members together at the first time that fits them all</source>
        <translation>agendar a varios familiares juntos en el primer horario que sirva a todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patients&apos; ids</source>
        <translation>los identificadores de los pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each one&apos;s appointment type, in the same order</source>
        <translation>el tipo de cita de cada uno, en el mismo orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many days to search (default 14)</source>
        <translation>cuántos días buscar (predeterminado 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the same time in several chairs</source>
        <translation>a la misma hora en varios sillones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a provider away for a day: mark it, see where each visit could go, apply the proposals, or mark them back</source>
        <translation>un profesional ausente un día: marcarlo, ver adónde podría ir cada cita, aplicar las propuestas o marcar su regreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mark the provider away that day</source>
        <translation>marcar al profesional ausente ese día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at work that day</source>
        <translation>de vuelta al trabajo ese día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move every visit as proposed, all or none</source>
        <translation>mover cada cita como se propone, todo o nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day&apos;s or week&apos;s figures: visits by status, no-shows, time booked, gaps</source>
        <translation>las cifras del día o de la semana: citas por estado, inasistencias, tiempo agendado, huecos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first office date (today)</source>
        <translation>la primera fecha del consultorio (hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days (default 7)</source>
        <translation>cuántos días (predeterminado 7)</translation>
    </message>
    <message>
        <location filename="../app/cli/patientcommands.cpp" line="+19"/>
        <source>chairside-cli: --birthdate &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>chairside-cli: --birthdate «%1» no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>chairside-cli: --contact &quot;%1&quot; is not one of sms, email, phone, none.</source>
        <translation>chairside-cli: --contact «%1» no es ninguno de sms, email, phone, none.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add --allow-duplicate to add the patient anyway.</source>
        <translation>Añada --allow-duplicate para agregar al paciente de todos modos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say which patient to change: the id `patient find` prints.</source>
        <translation>Indique qué paciente cambiar: el id que muestra `patient find`.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no patient &quot;%1&quot; in this cache.</source>
        <translation>No hay ningún paciente «%1» en esta caché.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthdate</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the patient&apos;s sex (needed to create a patient through NexHealth)</source>
        <translation>el sexo del paciente (necesario para crear un paciente a través de NexHealth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone number, any formatting; kept in E.164 (+15125550100)</source>
        <translation>teléfono, con cualquier formato; se guarda en E.164 (+15125550100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the patient reads</source>
        <translation>el idioma que lee el paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the patient prefers to be reached; none: no reminders or messages</source>
        <translation>cómo prefiere el paciente que lo contacten; none: sin recordatorios ni mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family member responsible for the account</source>
        <translation>el familiar responsable de la cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a new patient (sent to the practice system where it takes new patients); prints the new id</source>
        <translation>agrega un paciente nuevo (se envía al sistema del consultorio si acepta pacientes nuevos); muestra el id nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add the patient even when one with the same name and birthdate, or the same phone, is on file</source>
        <translation>agrega al paciente aunque haya otro con el mismo nombre y fecha de nacimiento, o el mismo teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change a patient&apos;s details; what is not given stays</source>
        <translation>cambia los datos de un paciente; lo que no se indica se queda igual</translation>
    </message>
    <message>
        <location filename="../app/cli/messagingcommands.cpp" line="-259"/>
        <source>&quot;%1&quot; is not a web address; give the provider&apos;s API address, like https://api.twilio.com.</source>
        <translation>&quot;%1&quot; no es una dirección web; indique la dirección de la API del proveedor, p. ej. https://api.twilio.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http is only allowed to this computer; %1 would carry patients&apos; messages unencrypted. Use its https address.</source>
        <translation>El http sin cifrar solo se permite hacia esta computadora; %1 llevaría los mensajes de los pacientes sin cifrar. Use su dirección https.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chairside-cli: give --sms twilio or --email sendgrid (one at a time).</source>
        <translation>chairside-cli: indique --sms twilio o --email sendgrid (uno a la vez).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chairside-cli: --sms takes twilio (or a provider that speaks Twilio&apos;s API).</source>
        <translation>chairside-cli: --sms admite twilio (o un proveedor que hable la API de Twilio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chairside-cli: --email takes sendgrid.</source>
        <translation>chairside-cli: --email admite sendgrid.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>chairside-cli: give Twilio&apos;s Account SID and auth token on standard input, one a line (after the password, when the cache has accounts).</source>
        <translation>chairside-cli: indique el SID de la cuenta y el token de autenticación de Twilio por la entrada estándar, uno por línea (después de la contraseña, si la caché tiene cuentas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chairside-cli: give the SendGrid API key on standard input (after the password, when the cache has accounts).</source>
        <translation>chairside-cli: indique la clave de API de SendGrid por la entrada estándar (después de la contraseña, si la caché tiene cuentas).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chairside-cli: a Twilio Account SID starts with AC; check the first line.</source>
        <translation>chairside-cli: un SID de cuenta de Twilio empieza por AC; revise la primera línea.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>chairside-cli: the keys could not be kept in this computer&apos;s keychain: %1</source>
        <translation>chairside-cli: no se pudieron guardar las claves en el llavero de esta computadora: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text messages go through Twilio from %1. The worker sends them (`chairside-cli worker`, or the window while it is open).</source>
        <translation>Los mensajes de texto salen por Twilio desde %1. Los envía el proceso de envío (`chairside-cli worker`, o la ventana mientras está abierta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails go through SendGrid from %1. The worker sends them (`chairside-cli worker`, or the window while it is open).</source>
        <translation>Los correos salen por SendGrid desde %1. Los envía el proceso de envío (`chairside-cli worker`, o la ventana mientras está abierta).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Text messages: %1</source>
        <translation>Mensajes de texto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio at %1, from %2</source>
        <translation>Twilio en %1, desde %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid at %1, from %2</source>
        <translation>SendGrid en %1, desde %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours: %1</source>
        <translation>Horas de silencio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, no texts</source>
        <translation>de %1 a %2, sin mensajes de texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages: %1</source>
        <translation>Mensajes: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last send: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last delivery check: %1</source>
        <translation>Última revisión de entregas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reply check: %1</source>
        <translation>Última revisión de respuestas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replies and unreached patients for staff: %n open</source>
        <translation>
            <numerusform>Respuestas y pacientes no localizados para el personal: %n pendiente</numerusform>
            <numerusform>Respuestas y pacientes no localizados para el personal: %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>chairside-cli: give quiet hours as FROM-TO in 24-hour time, like 20:00-08:00, or off.</source>
        <translation>chairside-cli: indique las horas de silencio como DESDE-HASTA en formato de 24 horas, p. ej. 20:00-08:00, u off.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No quiet hours: texts may go at any hour.</source>
        <translation>Sin horas de silencio: los mensajes de texto pueden salir a cualquier hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts from %1 to %2; reminders that fall then wait for the morning, offers are left to staff.</source>
        <translation>Sin mensajes de texto de %1 a %2; los recordatorios de esas horas esperan a la mañana y las ofertas quedan para el personal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another worker sends this practice&apos;s messages now; this one waits.</source>
        <translation>Otro proceso envía ahora los mensajes de esta clínica; este espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1, delivered %2, not delivered %3, replies read %4, waiting %5.</source>
        <translation>Enviados %1, entregados %2, no entregados %3, respuestas leídas %4, en espera %5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chairside-cli: --interval takes the seconds between passes, 1 to 3600.</source>
        <translation>chairside-cli: --interval admite los segundos entre pasadas, de 1 a 3600.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chairside-cli: --sms-rate takes the texts a minute the SMS account allows, e.g. 60.</source>
        <translation>chairside-cli: --sms-rate admite los mensajes por minuto que permite la cuenta de SMS, p. ej. 60.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>send texts through Twilio or e-mails through SendGrid: the secrets on stdin (Account SID and auth token on two lines; the SendGrid API key on one) go to the keychain</source>
        <translation>enviar mensajes de texto por Twilio o correos por SendGrid: los secretos por la entrada estándar (SID de la cuenta y token de autenticación en dos líneas; la clave de API de SendGrid en una) van al llavero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMS provider</source>
        <translation>el proveedor de SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail provider</source>
        <translation>el proveedor de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider&apos;s API address</source>
        <translation>la dirección de la API del proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number texts come from (+15125550100), or the e-mail sender</source>
        <translation>el número desde el que salen los mensajes (+15125550100), o el remitente del correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what messaging is connected, what waits, and the worker&apos;s last send and checks</source>
        <translation>qué mensajería está conectada, qué espera, y el último envío y revisiones del proceso de envío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set the hours no texts go out (20:00-08:00 by default), or off</source>
        <translation>fijar las horas sin mensajes de texto (20:00-08:00 por omisión), u off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send the messages that are due and read deliveries and replies, every 30 seconds until stopped; --once does one pass</source>
        <translation>enviar los mensajes pendientes y leer entregas y respuestas, cada 30 segundos hasta que se detenga; --once hace una pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one pass, then exit</source>
        <translation>una pasada y salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texts a minute the SMS account allows (60: one a second from one number)</source>
        <translation>mensajes por minuto que permite la cuenta de SMS (60: uno por segundo desde un número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds between passes (30)</source>
        <translation>segundos entre pasadas (30)</translation>
    </message>
    <message>
        <location filename="../app/cli/recallcommands.cpp" line="+40"/>
        <source>chairside-cli: --%1 &quot;%2&quot; is not a date; use YYYY-MM-DD (or %3).</source>
        <translation>chairside-cli: --%1 &quot;%2&quot; no es una fecha; use AAAA-MM-DD (o %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>atrasada %n día</numerusform>
            <numerusform>atrasada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet due</source>
        <translation>aún no vence</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1  %2  %3  due %4 (%5)</source>
        <translation>%1  %2  %3  vence %4 (%5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usual hygienist</source>
        <translation>sin higienista habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, last seen %1</source>
        <translation>, última visita %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, last contact %1 (%2)</source>
        <translation>, último contacto %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, asked not to be contacted</source>
        <translation>, pidió que no se le contacte</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>chairside-cli: --limit &quot;%1&quot; must be a whole number from 1 to 100000.</source>
        <translation>chairside-cli: --limit &quot;%1&quot; debe ser un número entero de 1 a 100000.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody is due for a recall up to %1.</source>
        <translation>A nadie le toca una revisión hasta el %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More patients are due; narrow the dates or raise --limit.</source>
        <translation>Hay más pacientes pendientes; acote las fechas o suba --limit.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>chairside-cli: --soon-days &quot;%1&quot; must be a whole number of days from 0 to 365.</source>
        <translation>chairside-cli: --soon-days &quot;%1&quot; debe ser un número entero de días de 0 a 365.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chairside-cli: --freed-time &quot;%1&quot; must be on or off.</source>
        <translation>chairside-cli: --freed-time &quot;%1&quot; debe ser on u off.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Due soon: within %n day(s).</source>
        <translation>
            <numerusform>Vence pronto: dentro de %n día.</numerusform>
            <numerusform>Vence pronto: dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freed hygiene time: offered to overdue recall patients after the waitlist.</source>
        <translation>Tiempo de higiene liberado: se ofrece a pacientes con revisión atrasada después de la lista de espera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freed hygiene time: offered to the waitlist only.</source>
        <translation>Tiempo de higiene liberado: se ofrece solo a la lista de espera.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>patients due for a cleaning or perio maintenance: overdue, and due within the practice&apos;s &quot;due soon&quot; window, not already booked</source>
        <translation>pacientes a los que les toca una limpieza o un mantenimiento periodontal: atrasados, y los que vencen dentro del margen de &quot;vence pronto&quot; de la clínica, sin cita ya agendada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due on or after this date (default: every overdue patient)</source>
        <translation>que venzan en esta fecha o después (por defecto: todos los atrasados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on or before this date (default: today plus the &quot;due soon&quot; window)</source>
        <translation>que venzan en esta fecha o antes (por defecto: hoy más el margen de &quot;vence pronto&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual hygienist or provider, by name or id</source>
        <translation>el higienista o profesional habitual, por nombre o id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recall type, by name or id</source>
        <translation>el tipo de revisión, por nombre o id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also list patients already booked</source>
        <translation>listar también a los pacientes que ya tienen cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most this many patients (default 100)</source>
        <translation>como mucho esta cantidad de pacientes (por defecto 100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the practice&apos;s &quot;due soon&quot; window and whether freed hygiene time is offered to overdue recall patients; shown, or changed by the office manager</source>
        <translation>el margen de &quot;vence pronto&quot; de la clínica y si el tiempo de higiene liberado se ofrece a pacientes con revisión atrasada; se muestra, o lo cambia el gerente de la clínica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>patients due within this many days are listed (0 to 365)</source>
        <translation>se listan los pacientes que vencen dentro de esta cantidad de días (0 a 365)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer freed hygiene time to overdue recall patients</source>
        <translation>ofrecer el tiempo de higiene liberado a pacientes con revisión atrasada</translation>
    </message>
</context>
<context>
    <name>chairside::language</name>
    <message>
        <location filename="language.cpp" line="+80"/>
        <source>There is no &quot;%1&quot; catalogue; use one of %2.</source>
        <translation>No hay catálogo &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 catalogue built into Chairside could not be loaded; reinstall Chairside.</source>
        <translation>No se pudo cargar el catálogo %1 incluido en Chairside; reinstale Chairside.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--lang &quot;%1&quot; is not a language Chairside speaks; use es or en.</source>
        <translation>--lang &quot;%1&quot; no es un idioma que Chairside hable; use es o en.</translation>
    </message>
</context>
<context>
    <name>chairside::phonenumber</name>
    <message>
        <location filename="../models/domain/phonenumber.cpp" line="+42"/>
        <source>No phone number was given.</source>
        <translation>No se indicó ningún teléfono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number. Type the number with its area code, for example (512) 555-0100, or + and the country code for a number from abroad.</source>
        <translation>«%1» no es un número de teléfono. Escriba el número con su código de área, por ejemplo (512) 555-0100, o + y el código del país para un número del extranjero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a real phone number (check the digits and the area code; a number from abroad starts with + and its country code).</source>
        <translation>«%1» no puede ser un teléfono real (revise los dígitos y el código de área; un número del extranjero empieza con + y el código del país).</translation>
    </message>
</context>
<context>
    <name>chairside::scheduling::Scheduler</name>
    <message>
        <location filename="../models/scheduling/scheduler.cpp" line="+248"/>
        <source>%1 is not on the %2-minute booking grid; start at %3 or %4.</source>
        <translation>%1 no está en la cuadrícula de %2 minutos de la agenda; empiece a las %3 o a las %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not working on %2 (the day is closed on the schedule).</source>
        <translation>%1 no trabaja el %2 (el día está cerrado en la agenda).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 works in %2 at that time, not in %3.</source>
        <translation>%1 trabaja en %2 a esa hora, no en %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s hours at that time are kept for %2; %3 is not one of them.</source>
        <translation>El horario de %1 a esa hora está reservado para %2; %3 no es uno de ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 on %3 is outside %4&apos;s working hours.</source>
        <translation>%1–%2 el %3 está fuera del horario de trabajo de %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time meets %1&apos;s break &quot;%2&quot; (%3–%4).</source>
        <translation>La hora coincide con el descanso &quot;%2&quot; de %1 (%3–%4).</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>a visit</source>
        <translation>una cita</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 visits</source>
        <translation>citas de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1–%2 is the &quot;%3&quot; production block, kept for %4; %5 is not one of them. It releases %n day(s) before the date; book anyway only if the practice agrees.</source>
        <translation>
            <numerusform>%1–%2 es el bloque de producción &quot;%3&quot;, reservado para %4; %5 no es una de ellas. Se libera %n día antes de la fecha; agende igualmente solo si la clínica está de acuerdo.</numerusform>
            <numerusform>%1–%2 es el bloque de producción &quot;%3&quot;, reservado para %4; %5 no es una de ellas. Se libera %n días antes de la fecha; agende igualmente solo si la clínica está de acuerdo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The time meets the block &quot;%1&quot; (%2–%3).</source>
        <translation>La hora coincide con el bloqueo &quot;%1&quot; (%2–%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is blocked by &quot;%2&quot; (%3–%4).</source>
        <translation>%1 está bloqueado por &quot;%2&quot; (%3–%4).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is busy with another visit (%2, %3–%4); provider time needs %5 minutes between.</source>
        <translation>%1 está ocupado con otra cita (%2, %3–%4); el profesional necesita %5 minutos entre citas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is taken by another visit (%2, %3–%4); the chair needs %5 minutes of turnover between patients.</source>
        <translation>%1 está ocupado por otra cita (%2, %3–%4); el sillón necesita %5 minutos de preparación entre pacientes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The patient already has another visit (%1) at %2–%3.</source>
        <translation>El paciente ya tiene otra cita (%1) de %2 a %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 lacks %2, which %3 needs.</source>
        <translation>%1 no tiene %2, que %3 necesita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not do %2, which %3 needs.</source>
        <translation>%1 no hace %2, que %3 requiere.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already has %2 patients on %3 (limit %4).</source>
        <translation>%1 ya tiene %2 pacientes el %3 (límite %4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s procedures on %2 would add up to complexity %3 (limit %4).</source>
        <translation>Los procedimientos de %1 el %2 sumarían una complejidad de %3 (límite %4).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be booked at least %2 hours ahead (from %3).</source>
        <translation>%1 debe agendarse con al menos %2 horas de anticipación (desde %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time has already passed (now %1).</source>
        <translation>Esa hora ya pasó (ahora son las %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can be booked at most %2 days ahead (through %3).</source>
        <translation>%1 se puede agendar con hasta %2 días de anticipación (hasta el %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 minutes is longer than any visit the practice books (at most %2 hours).</source>
        <translation>%1 minutos es más de lo que dura cualquier cita del consultorio (como máximo %2 horas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 minutes is outside %2&apos;s %3–%4 minutes.</source>
        <translation>%1 minutos está fuera de los %3–%4 minutos de %2.</translation>
    </message>
    <message>
        <location filename="../models/scheduling/openingsearch.cpp" line="+415"/>
        <source>in the %1 block</source>
        <comment>an opening inside a production block; %1 is its name</comment>
        <translation>en el bloque %1</translation>
    </message>
</context>
<context>
    <name>chairside::scheduling::StatusWorkflow</name>
    <message>
        <location filename="../models/scheduling/statusworkflow.cpp" line="+50"/>
        <source>An appointment that is %1 cannot become %2.</source>
        <translation>Una cita %1 no puede pasar a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The visit is on %1: a patient is checked in, seated or finished on the day, not before.</source>
        <translation>La cita es el %1: al paciente se le registra la llegada, se le sienta o se termina la cita ese día, no antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It can be marked a no-show from %1 minutes after its start.</source>
        <translation>Se puede marcar como inasistencia a partir de %1 minutos después de su inicio.</translation>
    </message>
</context>
<context>
    <name>chairside::store::Cache</name>
    <message>
        <location filename="../models/store/cache.cpp" line="+88"/>
        <source> The file %1 was left exactly as it was.</source>
        <translation> El archivo %1 quedó exactamente como estaba.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The data directory %1 holds %2 Chairside caches (%3); keep one per directory and move the others away.</source>
        <translation>La carpeta de datos %1 contiene %2 cachés de Chairside (%3); deje una por carpeta y mueva las demás a otro lugar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>There is no Chairside data directory at %1. Create a cache with `chairside-cli init --data-dir %1`, or give the right --data-dir.</source>
        <translation>No hay una carpeta de datos de Chairside en %1. Cree una caché con `chairside-cli init --data-dir %1`, o indique el --data-dir correcto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the data directory %1: check that the parent exists and is writable.</source>
        <translation>No se puede crear la carpeta de datos %1: compruebe que la carpeta superior existe y admite escritura.</translation>
    </message>
    <message>
        <location line="+320"/>
        <source>The data folder %1 and its files could be read by other accounts on this computer; they are now private to this account.</source>
        <translation>Otras cuentas de este equipo podían leer la carpeta de datos %1 y sus archivos; ahora son privados de esta cuenta.</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Another Chairside process is creating the cache in %1; try again in a moment.</source>
        <translation>Otro proceso de Chairside está creando la caché en %1; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>There is no Chairside cache in %1. Create one with `chairside-cli init --data-dir %1`.</source>
        <translation>No hay una caché de Chairside en %1. Cree una con `chairside-cli init --data-dir %1`.</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>The cache file is empty, so it was damaged or never finished. Restore it from a backup, or move it away and create a new cache with `chairside-cli init`.</source>
        <translation>El archivo de la caché está vacío: se dañó o nunca se terminó. Restáurelo desde un respaldo, o muévalo a otro lugar y cree una caché nueva con `chairside-cli init`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the cache file %1 (%2): check its permissions.</source>
        <translation>No se puede leer el archivo de la caché %1 (%2): revise sus permisos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache file is a plaintext SQLite database, not an encrypted Chairside cache; refusing to use it. Move it out of the data directory and create a new cache.</source>
        <translation>El archivo de la caché es una base de datos SQLite sin cifrar, no una caché cifrada de Chairside; no se usará. Sáquelo de la carpeta de datos y cree una caché nueva.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1 is locked. Unlock it: sign in to the desktop as yourself, or open &quot;Passwords and Keys&quot; and unlock the Login keyring; then try again.</source>
        <translation>%1 está bloqueado. Desbloquéelo: inicie sesión en el escritorio con su cuenta, o abra «Contraseñas y claves» y desbloquee el llavero «Inicio de sesión»; después inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain service is running in this session (%1). Start Chairside from your desktop session, where GNOME Keyring or KWallet runs, and try again.</source>
        <translation>No hay ningún servicio de llavero en esta sesión (%1). Abra Chairside desde su sesión de escritorio, donde funciona GNOME Keyring o KWallet, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused access (%2). Allow Chairside when the keychain asks, then try again.</source>
        <translation>%1 denegó el acceso (%2). Permita el acceso a Chairside cuando el llavero lo pregunte e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer as expected (%2). Start or unlock the keychain and try again.</source>
        <translation>%1 no respondió como se esperaba (%2). Inicie o desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+93"/>
        <location line="+107"/>
        <source>The disk holding %1 is full, so no cache can be created there. Free some space and try again; nothing was created.</source>
        <translation>El disco que contiene %1 está lleno, así que no se puede crear ahí ninguna caché. Libere espacio e inténtelo de nuevo; no se creó nada.</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Cannot write in the data directory %1: check that it is yours and writable; nothing was created.</source>
        <translation>No se puede escribir en la carpeta de datos %1: compruebe que es suya y admite escritura; no se creó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot store the new cache key: </source>
        <translation>No se puede guardar la clave de la nueva caché: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source> No cache was created.</source>
        <translation> No se creó ninguna caché.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The keychain has no key for this cache (entry &quot;%2&quot; in %1), so it cannot be decrypted. Sign in as the user who created it, or restore the keychain or a backup.</source>
        <translation>El llavero no tiene la clave de esta caché (entrada «%2» en %1), así que no se puede descifrar. Inicie sesión con el usuario que la creó, o restaure el llavero o una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the cache key: </source>
        <translation>No se puede leer la clave de la caché: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain entry for this cache does not hold a 256-bit key; it was changed outside Chairside. Restore the keychain or a backup.</source>
        <translation>La entrada del llavero de esta caché no contiene una clave de 256 bits; se cambió fuera de Chairside. Restaure el llavero o un respaldo.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>The disk holding the cache (%1) is full: the cache is open for reading only, and nothing can be saved, not even the record of a sign-in. Free some space, then start Chairside again.</source>
        <translation>El disco que contiene la caché (%1) está lleno: la caché está abierta solo para lectura y no se puede guardar nada, ni siquiera el registro de un inicio de sesión. Libere espacio y vuelva a abrir Chairside.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>The disk holding the cache (%1) is full, so the cache cannot be opened, not even to read it. Free some space and try again.</source>
        <translation>El disco que contiene la caché (%1) está lleno, así que la caché no se puede abrir, ni siquiera para leerla. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Chairside process holds the cache and did not let go in time. Close the other Chairside windows and commands, then try again.</source>
        <translation>Otro proceso de Chairside tiene la caché en uso y no la liberó a tiempo. Cierre las demás ventanas y órdenes de Chairside e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the cache file %1 (%2). Check that the disk is mounted and the file is readable and writable by you.</source>
        <translation>No se puede abrir el archivo de la caché %1 (%2). Compruebe que el disco está montado y que usted puede leer y escribir el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key in %1 does not open this cache: the keychain entry was replaced, or the start of the file is damaged. Restore the keychain entry or a backup.</source>
        <translation>La clave en %1 no abre esta caché: se reemplazó la entrada del llavero o el inicio del archivo está dañado. Restaure la entrada del llavero o un respaldo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk failed to read the cache file %1 (%2). Check that the disk or network drive is connected and sound, and that the file is yours, then try again.</source>
        <translation>El disco no pudo leer el archivo de caché %1 (%2). Compruebe que el disco o la unidad de red está conectado y en buen estado, y que el archivo es suyo; después inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache file is damaged (%1). Restore it from a backup, or move it away and create a new cache with `chairside-cli init`.</source>
        <translation>El archivo de la caché está dañado (%1). Restáurelo desde un respaldo, o muévalo a otro lugar y cree una caché nueva con `chairside-cli init`.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cache file is truncated (%1 bytes; its header expects %2). Restore it from a backup, or move it away and create a new cache with `chairside-cli init`.</source>
        <translation>El archivo de la caché está truncado (%1 bytes; su encabezado espera %2). Restáurelo desde un respaldo, o muévalo a otro lugar y cree una caché nueva con `chairside-cli init`.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The cache&apos;s schema cannot be read (%1). Restore it from a backup.</source>
        <translation>No se puede leer el esquema de la caché (%1). Restáurela desde un respaldo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cache was written by a newer Chairside (schema %1; this version reads up to %2). Install the newer Chairside to open it.</source>
        <translation>Esta caché la escribió un Chairside más reciente (esquema %1; esta versión lee hasta el %2). Instale el Chairside más reciente para abrirla.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The disk holding the cache (%1) is full. Free some space and try again.</source>
        <translation>El disco que contiene la caché (%1) está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare the cache for writing (%1: %2).</source>
        <translation>No se puede preparar la caché para escribir (%1: %2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new cache could not be set up (%1).</source>
        <translation>No se pudo preparar la nueva caché (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading the cache from schema %1 to %2 failed (%3); the upgrade was rolled back. Free disk space if it is full and try again, or report this with the message.</source>
        <translation>Falló la actualización de la caché del esquema %1 al %2 (%3); se revirtió la actualización. Libere espacio en disco si está lleno e inténtelo de nuevo, o informe el problema con este mensaje.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The cache file was written without encryption; refusing to use it.</source>
        <translation>El archivo de la caché se escribió sin cifrar; no se usará.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cache file %1 is damaged (%2), so it is open for reading only and nothing was saved. Restore the last good backup with `chairside-cli restore`.</source>
        <translation>El archivo de caché %1 está dañado (%2), así que está abierto solo para lectura y no se guardó nada. Restaure el último respaldo bueno con `chairside-cli restore`.</translation>
    </message>
    <message>
        <location filename="../models/store/storefailure.cpp" line="+120"/>
        <source>The disk holding the cache (%1) is full, so nothing was saved; what the cache already holds is intact. Free some space (empty the trash, move large files away) and try again.</source>
        <translation>El disco que contiene la caché (%1) está lleno, así que no se guardó nada; lo que ya tiene la caché está intacto. Libere espacio (vacíe la papelera, mueva archivos grandes) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache is busy in another Chairside window or process. Try again in a moment; nothing was saved.</source>
        <translation>La caché está ocupada en otra ventana o proceso de Chairside. Inténtelo de nuevo en un momento; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file %1 is damaged (%2). Restore it from a backup; nothing was saved.</source>
        <translation>El archivo de la caché %1 está dañado (%2). Restáurelo desde un respaldo; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file %1 may not be written: the file, its folder or the disk is read-only (%2). Check the file&apos;s permissions and the disk; nothing was saved.</source>
        <translation>No se puede escribir en el archivo de caché %1: el archivo, su carpeta o el disco son de solo lectura (%2). Compruebe los permisos del archivo y el disco; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk failed to read or write the cache file %1 (%2). Check that the disk or network drive is connected and sound, then try again; nothing was saved.</source>
        <translation>El disco no pudo leer o escribir el archivo de caché %1 (%2). Compruebe que el disco o la unidad de red está conectado y en buen estado e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache refused the change (%1, SQLite code %2); nothing was saved.</source>
        <translation>La caché rechazó el cambio (%1, código SQLite %2); no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>chairside::store::CacheCheck</name>
    <message>
        <location filename="../models/store/cachecheck.cpp" line="+38"/>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes waiting for the practice system</source>
        <translation>cambios pendientes de enviar al sistema del consultorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>providers</source>
        <translation>profesionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chairs</source>
        <translation>sillones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the waitlist</source>
        <translation>la lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff accounts</source>
        <translation>cuentas del personal</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The cache could not be checked: %1 Nothing points to damage; try the check again.</source>
        <translation>No se pudo revisar la caché: %1 Nada indica un daño; vuelva a intentar la revisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> %n more page(s) are kept free for later use and hold no data.</source>
        <translation>
            <numerusform> %n página más queda libre para uso futuro y no contiene datos.</numerusform>
            <numerusform> Otras %n páginas quedan libres para uso futuro y no contienen datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> %n page(s) not in use are damaged: they hold no data, so nothing is lost, and a backup copies only the live data. Take a backup now and restore it to get a clean file.</source>
        <translation>
            <numerusform> %n página sin uso está dañada: no contiene datos, así que no se pierde nada, y un respaldo copia solo los datos vivos. Haga un respaldo ahora y restáurelo para tener un archivo limpio.</numerusform>
            <numerusform> %n páginas sin uso están dañadas: no contienen datos, así que no se pierde nada, y un respaldo copia solo los datos vivos. Haga un respaldo ahora y restáurelo para tener un archivo limpio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cache is intact: %n page(s) in use read and authenticated, %1 rows in %2 tables.</source>
        <translation>
            <numerusform>La caché está íntegra: %n página en uso leída y autenticada, %1 filas en %2 tablas.</numerusform>
            <numerusform>La caché está íntegra: %n páginas en uso leídas y autenticadas, %1 filas en %2 tablas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an index of %1</source>
        <translation>un índice de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cache&apos;s structure</source>
        <translation>la estructura de la caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is DAMAGED: %1 cannot be read (%2). Stop using this cache: keep the file as it is, and restore the last good backup with `chairside-cli restore`.</source>
        <translation>La caché está DAÑADA: no se puede leer %1 (%2). Deje de usar esta caché: conserve el archivo tal como está y restaure el último respaldo bueno con `chairside-cli restore`.</translation>
    </message>
</context>
<context>
    <name>chairside::store::CacheFileLock</name>
    <message>
        <location filename="../models/store/cachefilelock.cpp" line="+48"/>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the lock file %1 (%2).</source>
        <translation>No se puede crear el archivo de bloqueo %1 (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cache is open in another Chairside window or tool on this computer; close it and try again.</source>
        <translation>La caché está abierta en otra ventana o herramienta de Chairside en este equipo; ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is being re-encrypted or restored by another Chairside tool; try again when it ends.</source>
        <translation>Otra herramienta de Chairside está volviendo a cifrar o restaurando la caché; inténtelo de nuevo cuando termine.</translation>
    </message>
</context>
<context>
    <name>chairside::store::CacheKeyStore</name>
    <message>
        <location filename="../models/store/cachekeystore.cpp" line="+135"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>el llavero no respondió en %1 segundos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no key held for this cache in memory</source>
        <translation>no hay clave de esta caché en memoria</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>process memory</source>
        <translation>la memoria del proceso</translation>
    </message>
</context>
<context>
    <name>chairside::store::CacheMaintenance</name>
    <message>
        <location filename="../models/store/cachemaintenance.cpp" line="+73"/>
        <source>Cannot flush %1 to the disk; check free space and try again.</source>
        <translation>No se puede escribir %1 en el disco; revise el espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot move %1 into place as %2; check the folder&apos;s permissions.</source>
        <translation>No se puede mover %1 a su lugar como %2; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>There is no backup file at %1; check the path.</source>
        <translation>No hay un archivo de respaldo en %1; revise la ruta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the backup file %1 (%2).</source>
        <translation>No se puede leer el archivo de respaldo %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase does not open %1, or the file is not a Chairside backup. Check the passphrase and the file; nothing was changed.</source>
        <translation>La frase de contraseña no abre %1, o el archivo no es un respaldo de Chairside. Revise la frase y el archivo; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 is damaged (%2); use another backup. Nothing was changed.</source>
        <translation>El respaldo %1 está dañado (%2); use otro respaldo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 opens but carries no backup manifest: it is not a Chairside backup.</source>
        <translation>%1 se abre pero no trae el manifiesto de respaldo: no es un respaldo de Chairside.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a backup in format &quot;%2&quot;, which this Chairside does not read (it reads %3).</source>
        <translation>%1 es un respaldo en formato &quot;%2&quot;, que este Chairside no lee (lee %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 does not hold what its manifest lists (%2 of %3 appointments, %4 of %5 audit records); use another backup.</source>
        <translation>El respaldo %1 no contiene lo que indica su manifiesto (%2 de %3 citas, %4 de %5 registros de auditoría); use otro respaldo.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot keep the new key in %1 (%2); the cache was not changed.</source>
        <translation>No se puede guardar la clave nueva en %1 (%2); la caché no se cambió.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> The cache was not changed.</source>
        <translation> La caché no se cambió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the re-encrypted copy failed (%1); free disk space if it is full.</source>
        <translation>Falló la escritura de la copia cifrada de nuevo (%1); libere espacio en disco si está lleno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache&apos;s write-ahead log could not be folded in.</source>
        <translation>No se pudo integrar el registro de escritura anticipada (WAL) de la caché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cache is re-encrypted, but %1 did not take the new key (%2). Do not delete anything: the next start finishes the change from the pending key.</source>
        <translation>La caché quedó cifrada de nuevo, pero %1 no aceptó la clave nueva (%2). No borre nada: el próximo inicio termina el cambio con la clave pendiente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The cache is damaged, so no backup was written: it would carry the damage. Keep the cache file as it is and restore the last good backup with `chairside-cli restore`.</source>
        <translation>La caché está dañada, así que no se escribió ningún respaldo: llevaría el daño consigo. Conserve el archivo de la caché tal como está y restaure el último respaldo bueno con `chairside-cli restore`.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the cache to back it up (%1).</source>
        <translation>No se puede leer la caché para respaldarla (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1 (%2); check the folder exists and is writable.</source>
        <translation>No se puede crear %1 (%2); compruebe que la carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache is damaged (%1): the backup could not read it, and no backup was written. Keep the cache file as it is and restore the last good backup with `chairside-cli restore`.</source>
        <translation>La caché está dañada (%1): el respaldo no pudo leerla y no se escribió ningún respaldo. Conserve el archivo de la caché tal como está y restaure el último respaldo bueno con `chairside-cli restore`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding %1 is full; no backup was written. Free some space there, or write the backup to another disk.</source>
        <translation>El disco que contiene %1 está lleno; no se escribió ningún respaldo. Libere espacio ahí o escriba el respaldo en otro disco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the backup failed (%1). No backup was written.</source>
        <translation>Falló la escritura del respaldo (%1). No se escribió ningún respaldo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The cache in place cannot be opened (%1). To replace it with the backup anyway, add --force; it is kept beside the restored one.</source>
        <translation>La caché actual no se puede abrir (%1). Para reemplazarla de todos modos con el respaldo, agregue --force; se conservará junto a la restaurada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cache in place changed after this backup was taken (last change %1, backup of %2); restoring would lose those changes. Add --force to restore anyway (the cache in place is kept beside it).</source>
        <translation>La caché actual cambió después de hacer este respaldo (último cambio %1, respaldo del %2); al restaurar se perderían esos cambios. Agregue --force para restaurar de todos modos (la caché actual se conserva junto a la restaurada).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot store a key in %1 (%2).</source>
        <translation>No se puede guardar una clave en %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot store the cache key in %1 (%2); nothing was restored.</source>
        <translation>No se puede guardar la clave de la caché en %1 (%2); no se restauró nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rebuilding the cache from the backup failed (%1); free disk space if it is full. Nothing was changed.</source>
        <translation>Falló la reconstrucción de la caché desde el respaldo (%1); libere espacio en disco si está lleno. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restored cache does not open (%1); nothing was changed.</source>
        <translation>La caché restaurada no se abre (%1); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s audit trail is broken at record %1 (%2); use another backup. Nothing was changed.</source>
        <translation>El registro de auditoría del respaldo está roto en el registro %1 (%2); use otro respaldo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot keep a copy of the cache in place as %1 (disk full?); nothing was changed.</source>
        <translation>No se puede conservar una copia de la caché actual como %1 (¿disco lleno?); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>chairside::sync</name>
    <message>
        <location filename="../sync/adapterfactory.cpp" line="+96"/>
        <source>There is no adapter for &quot;%1&quot;; use one of %2.</source>
        <translation>No hay adaptador para &quot;%1&quot;; use uno de %2.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::BackgroundSync</name>
    <message>
        <location filename="../sync/backgroundsync.cpp" line="+171"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: syncing…</source>
        <translation>%1: sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: first sync stopped; Sync now (F5) goes on from where it stopped</source>
        <translation>%1: primera sincronización detenida; Sincronizar ahora (F5) sigue desde donde se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: offline since %2</source>
        <translation>%1: sin conexión desde las %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: offline</source>
        <translation>%1: sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: up to date, %2</source>
        <translation>%1: al día, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: synced %2</source>
        <translation>%1: sincronizado %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sync issue(s) to resolve</source>
        <translation>
            <numerusform>%n problema de sincronización por resolver</numerusform>
            <numerusform>%n problemas de sincronización por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::sync::DentrixAdapter</name>
    <message>
        <location filename="../sync/dentrixadapter.cpp" line="+48"/>
        <source>The Dentrix OAuth client id, client secret and API key are all needed; connect again with all three.</source>
        <translation>Se necesitan el id de cliente OAuth, el secreto de cliente y la clave de API de Dentrix; conéctese de nuevo con los tres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dentrix refused the change (HTTP %1): %2</source>
        <translation>Dentrix rechazó el cambio (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>chairside::sync::DentrixCodec</name>
    <message>
        <location filename="../sync/dentrixcodec.cpp" line="+43"/>
        <source>Dentrix&apos;s reply about %1 is not valid JSON (%2 at byte %3); nothing was read from it.</source>
        <translation>La respuesta de Dentrix sobre %1 no es JSON válido (%2 en el byte %3); no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dentrix&apos;s reply about %1 is not a JSON object; nothing was read from it.</source>
        <translation>La respuesta de Dentrix sobre %1 no es un objeto JSON; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dentrix&apos;s reply about %1 has no &quot;data&quot; list; nothing was read from it.</source>
        <translation>La respuesta de Dentrix sobre %1 no tiene una lista &quot;data&quot;; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1 of Dentrix&apos;s %2 is not an object; nothing was read from the reply.</source>
        <translation>La fila %1 de %2 de Dentrix no es un objeto; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Appointment %1 (row %2) from Dentrix has no valid &quot;%3&quot;; nothing was read from the reply.</source>
        <translation>La cita %1 (fila %2) de Dentrix no tiene un &quot;%3&quot; válido; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an appointment</source>
        <translation>una cita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>operatories</source>
        <translation>sillones (operatories)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operatory row %1 from Dentrix has no id or name; nothing was read from the reply.</source>
        <translation>La fila de sillón %1 de Dentrix no tiene id ni nombre; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>providers</source>
        <translation>profesionales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provider row %1 from Dentrix has no id or last name; nothing was read from the reply.</source>
        <translation>La fila de profesional %1 de Dentrix no tiene id ni apellido; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>appointment types</source>
        <translation>tipos de cita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointment type row %1 from Dentrix has no id or name; nothing was read from the reply.</source>
        <translation>La fila de tipo de cita %1 de Dentrix no tiene id ni nombre; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient row %1 from Dentrix has no id or name; nothing was read from the reply.</source>
        <translation>La fila de paciente %1 de Dentrix no tiene id ni nombre; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening row %1 from Dentrix has no valid start or duration; nothing was read from the reply.</source>
        <translation>La fila de espacio libre %1 de Dentrix no tiene un inicio o una duración válidos; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>patient preferences</source>
        <translation>preferencias del paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dentrix&apos;s patient preferences have no patientId; nothing was read from them.</source>
        <translation>Las preferencias del paciente de Dentrix no tienen patientId; no se leyó nada de ellas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the waitlist</source>
        <translation>la lista de espera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waitlist row %1 from Dentrix has no id, patientId or appointmentTypeId; nothing was read from the reply.</source>
        <translation>La fila %1 de la lista de espera de Dentrix no tiene id, patientId o appointmentTypeId; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an access token</source>
        <translation>un token de acceso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dentrix&apos;s token reply has no bearer access_token; check the OAuth client id and secret.</source>
        <translation>La respuesta de token de Dentrix no trae un access_token de tipo bearer; revise el id y el secreto del cliente OAuth.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::DeskHints</name>
    <message>
        <location filename="../sync/deskhints.cpp" line="+65"/>
        <source>Cannot listen for the other desks on UDP port %1 (%2); they will show changes at their next poll.</source>
        <translation>No se puede escuchar a los demás puestos en el puerto UDP %1 (%2); mostrarán los cambios en su próxima consulta.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::EaglesoftAdapter</name>
    <message>
        <location filename="../sync/eaglesoftadapter.cpp" line="+41"/>
        <source>The Eaglesoft user name and password are both needed; connect again with both.</source>
        <translation>Se necesitan el usuario y la contraseña de Eaglesoft; conéctese de nuevo con ambos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Eaglesoft had a problem (%1); trying again later.</source>
        <translation>Eaglesoft tuvo un problema (%1); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eaglesoft refused the user name or password (%1). Check them and connect again.</source>
        <translation>Eaglesoft rechazó el usuario o la contraseña (%1). Revíselos y conéctese de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eaglesoft has no such record (%1).</source>
        <translation>Eaglesoft no tiene ese registro (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eaglesoft refused the change: %1</source>
        <translation>Eaglesoft rechazó el cambio: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Eaglesoft has no appointment %1.</source>
        <translation>Eaglesoft no tiene la cita %1.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::EaglesoftCodec</name>
    <message>
        <location filename="../sync/eaglesoftcodec.cpp" line="+39"/>
        <location line="+125"/>
        <source>Eaglesoft answered with a fault: %1</source>
        <translation>Eaglesoft respondió con un error: %1</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Eaglesoft&apos;s reply has no %1Result; nothing was read from it.</source>
        <translation>La respuesta de Eaglesoft no tiene %1Result; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eaglesoft&apos;s %1Result has no %2; nothing was read from it.</source>
        <translation>El %1Result de Eaglesoft no tiene %2; no se leyó nada de él.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Appointment %1 (row %2) from Eaglesoft has no valid %3; nothing was read from the reply.</source>
        <translation>La cita %1 (fila %2) de Eaglesoft no tiene un %3 válido; no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Eaglesoft&apos;s reply has no Appointment; nothing was read from it.</source>
        <translation>La respuesta de Eaglesoft no tiene Appointment; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operatory row %1 from Eaglesoft has no OperatoryId or Name.</source>
        <translation>La fila de sillón %1 de Eaglesoft no tiene OperatoryId o Name.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Provider row %1 from Eaglesoft has no ProviderId or LastName.</source>
        <translation>La fila de profesional %1 de Eaglesoft no tiene ProviderId o LastName.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Appointment type row %1 from Eaglesoft has no AppointmentTypeId or Name.</source>
        <translation>La fila de tipo de cita %1 de Eaglesoft no tiene AppointmentTypeId o Name.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patient row %1 from Eaglesoft has no PatientId or name.</source>
        <translation>La fila de paciente %1 de Eaglesoft no tiene PatientId o nombre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Slot row %1 from Eaglesoft has no valid StartTime or Duration.</source>
        <translation>La fila de espacio %1 de Eaglesoft no tiene StartTime o Duration válidos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Eaglesoft&apos;s GetPatientPreferencesResult has no Preferences with a PatientId.</source>
        <translation>El GetPatientPreferencesResult de Eaglesoft no tiene Preferences con un PatientId.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Waitlist entry %1 from Eaglesoft has no EntryId, PatientId or AppointmentTypeId.</source>
        <translation>La entrada %1 de la lista de espera de Eaglesoft no tiene EntryId, PatientId o AppointmentTypeId.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::NexHealthAdapter</name>
    <message>
        <location filename="../sync/nexhealthadapter.cpp" line="+46"/>
        <source>NexHealth cannot send %1 to the practice&apos;s system; it is kept in Chairside only.</source>
        <translation>NexHealth no puede enviar %1 al sistema del consultorio; se guarda solo en Chairside.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>NexHealth needs the API key, the practice&apos;s subdomain and its location id; connect again with all three.</source>
        <translation>NexHealth necesita la clave de API, el subdominio del consultorio y el id de su sede; vuelva a conectar con los tres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NexHealth does not let this API key reach the practice &quot;%1&quot; (%2). Check the subdomain, and that the key is the practice&apos;s live key, not a sandbox one.</source>
        <translation>NexHealth no deja que esta clave de API llegue al consultorio &quot;%1&quot; (%2). Revise el subdominio y que la clave sea la de producción del consultorio, no una de pruebas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NexHealth has no location %1 for the practice &quot;%2&quot; (%3). Check the location id in NexHealth&apos;s settings and connect again.</source>
        <translation>NexHealth no tiene la sede %1 paral consultorio &quot;%2&quot; (%3). Revise el id de la sede en la configuración de NexHealth y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NexHealth refused the request (HTTP %1): %2</source>
        <translation>NexHealth rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NexHealth refused the API key (HTTP 401). Copy the practice&apos;s key from NexHealth&apos;s developer portal and connect again.</source>
        <translation>NexHealth rechazó la clave de API (HTTP 401). Copie la clave del consultorio del portal de desarrolladores de NexHealth y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>a no-show</source>
        <translation>una inasistencia</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this step of the visit (only check-in)</source>
        <translation>este paso de la visita (solo la llegada)</translation>
    </message>
</context>
<context>
    <name>chairside::sync::NexHealthCodec</name>
    <message>
        <location filename="../sync/nexhealthcodec.cpp" line="+44"/>
        <source>NexHealth&apos;s reply is not the JSON envelope it documents (%1).</source>
        <translation>La respuesta de NexHealth no es el sobre JSON que documenta (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NexHealth answered without success: %1</source>
        <translation>NexHealth respondió sin éxito: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NexHealth&apos;s list reply has no list in &quot;data&quot;.</source>
        <translation>La respuesta de lista de NexHealth no trae una lista en &quot;data&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 of NexHealth&apos;s list is not an object.</source>
        <translation>La fila %1 de la lista de NexHealth no es un objeto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NexHealth said another page follows but gave no cursor for it.</source>
        <translation>NexHealth dijo que sigue otra página pero no dio su cursor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 of NexHealth&apos;s reply has no &quot;%2&quot;.</source>
        <translation>La fila %1 de la respuesta de NexHealth no tiene &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>NexHealth&apos;s authentication reply has no token.</source>
        <translation>La respuesta de autenticación de NexHealth no trae token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NexHealth&apos;s location reply has no id or time zone (&quot;tz&quot;).</source>
        <translation>La respuesta de sede de NexHealth no trae id o zona horaria (&quot;tz&quot;).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>NexHealth&apos;s reply to a new patient has no patient id.</source>
        <translation>La respuesta de NexHealth a un paciente nuevo no trae id de paciente.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::OpenDentalAdapter</name>
    <message>
        <location filename="../sync/opendentaladapter.cpp" line="+58"/>
        <source>The Open Dental developer key and customer key are both needed; connect again with both.</source>
        <translation>Se necesitan la clave de desarrollador y la clave de cliente de Open Dental; conéctese de nuevo con ambas.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open Dental answered without the appointment.</source>
        <translation>Open Dental respondió sin la cita.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Open Dental&apos;s reply to a new patient has no PatNum.</source>
        <translation>La respuesta de Open Dental a un paciente nuevo no trae PatNum.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::OpenDentalCodec</name>
    <message>
        <location filename="../sync/opendentalcodec.cpp" line="+57"/>
        <source>Open Dental&apos;s reply about %1 is not valid JSON (%2 at byte %3); nothing was read from it.</source>
        <translation>La respuesta de Open Dental sobre %1 no es JSON válido (%2 en el byte %3); no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>operatories</source>
        <translation>sillones (operatories)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent an operatory without an OperatoryNum (row %1).</source>
        <translation>Open Dental envió un sillón sin OperatoryNum (fila %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operatory %1</source>
        <translation>Sillón %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>schedules</source>
        <translation>horarios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Dental sent a schedule without a ScheduleNum, SchedDate, StartTime or StopTime (row %1); nothing was read from the reply.</source>
        <translation>Open Dental envió un horario sin ScheduleNum, SchedDate, StartTime o StopTime (fila %1); no se leyó nada de la respuesta.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>schedule operatories</source>
        <translation>sillones de los horarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent a scheduleop without a ScheduleNum or OperatoryNum (row %1).</source>
        <translation>Open Dental envió un scheduleop sin ScheduleNum u OperatoryNum (fila %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>providers</source>
        <translation>profesionales</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent a provider without a ProvNum (row %1).</source>
        <translation>Open Dental envió un profesional sin ProvNum (fila %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>appointment types</source>
        <translation>tipos de cita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent an appointment type without an AppointmentTypeNum (row %1).</source>
        <translation>Open Dental envió un tipo de cita sin AppointmentTypeNum (fila %1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>recall types</source>
        <translation>tipos de revisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent a recall type without a RecallTypeNum (row %1).</source>
        <translation>Open Dental envió un tipo de revisión sin RecallTypeNum (fila %1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>recalls</source>
        <translation>revisiones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Dental sent a recall without a RecallNum, PatNum or RecallTypeNum (row %1); nothing was read.</source>
        <translation>Open Dental envió una revisión sin RecallNum, PatNum o RecallTypeNum (fila %1); no se leyó nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Dental sent a patient without a PatNum (row %1).</source>
        <translation>Open Dental envió un paciente sin PatNum (fila %1).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>communication log notes</source>
        <translation>notas del registro de comunicaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Dental sent a communication log note without a CommlogNum (row %1).</source>
        <translation>Open Dental envió una nota del registro de comunicaciones sin CommlogNum (fila %1).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Dental sent an appointment the schedule cannot use (row %1): %2</source>
        <translation>Open Dental envió una cita que la agenda no puede usar (fila %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AptNum is missing or not a positive number</source>
        <translation>falta AptNum o no es un número positivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>appointment %1 has no PatNum</source>
        <translation>la cita %1 no tiene PatNum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appointment %1 has no valid AptDateTime (expected yyyy-MM-dd HH:mm:ss)</source>
        <translation>la cita %1 no tiene un AptDateTime válido (se esperaba yyyy-MM-dd HH:mm:ss)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appointment %1 has a Pattern with &apos;%2&apos;; only X and / are expected</source>
        <translation>la cita %1 tiene un Pattern con &apos;%2&apos;; solo se esperan X y /</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appointment %1 has an empty Pattern, so its length is unknown</source>
        <translation>la cita %1 tiene un Pattern vacío, así que no se sabe su duración</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>appointment %1 has the unknown AptStatus &quot;%2&quot;</source>
        <translation>la cita %1 tiene el AptStatus desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Dental&apos;s reply is not valid JSON (%1 at byte %2); nothing was read from it.</source>
        <translation>La respuesta de Open Dental no es JSON válido (%1 en el byte %2); no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Dental&apos;s reply holds neither an appointment nor a list of them.</source>
        <translation>La respuesta de Open Dental no contiene ni una cita ni una lista de citas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Dental sent an appointment the schedule cannot use (row %1): it is not an object.</source>
        <translation>Open Dental envió una cita que la agenda no puede usar (fila %1): no es un objeto.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::OutboxPush</name>
    <message>
        <location filename="../sync/outboxpush.cpp" line="+118"/>
        <source>%1 could not write the booking into the practice&apos;s system; book it again or call the patient.</source>
        <translation>%1 no pudo escribir la cita en el sistema del consultorio; vuelva a agendarla o llame al paciente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 accepted the booking; the practice&apos;s system does not have it yet.</source>
        <translation>%1 aceptó la cita; el sistema del consultorio todavía no la tiene.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no communication log to write to; the note is kept in Chairside only.</source>
        <translation>%1 no tiene registro de comunicaciones donde escribir; la nota se guarda solo en Chairside.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 answered with a patient already linked to another patient here (a likely duplicate); merge the two in %1, then sync.</source>
        <translation>%1 respondió con un paciente que ya está vinculado a otro paciente aquí (un probable duplicado); una los dos en %1 y luego sincronice.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+67"/>
        <source>Waiting for the patient to reach the practice system first.</source>
        <translation>Esperando a que el paciente llegue primero al sistema del consultorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the patient to reach the practice system first: %1</source>
        <translation>Esperando a que el paciente llegue primero al sistema del consultorio: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Waiting for the appointment itself to reach the practice system first.</source>
        <translation>Esperando a que la cita llegue primero al sistema del consultorio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no call for this change (%2); it is kept in Chairside only.</source>
        <translation>%1 no admite este cambio (%2); se guarda solo en Chairside.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::PmsAdapter</name>
    <message>
        <location filename="../sync/pmsadapter.cpp" line="+44"/>
        <source>%1 are not read from %2.</source>
        <translation>%1: no se leen de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit steps</source>
        <translation>Pasos de la visita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Openings</source>
        <translation>Espacios libres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient preferences</source>
        <translation>Preferencias del paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waitlists</source>
        <translation>Listas de espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Recalls</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot write to a patient&apos;s communication log.</source>
        <translation>%1 no puede escribir en el registro de comunicaciones de un paciente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 takes no new patients from Chairside.</source>
        <translation>%1 no acepta pacientes nuevos desde Chairside.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 takes no changes to a patient&apos;s details from Chairside.</source>
        <translation>%1 no acepta cambios en los datos de un paciente desde Chairside.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::PmsConnector</name>
    <message>
        <location filename="../sync/pmsconnector.cpp" line="+41"/>
        <source>Choose one of the practice systems: %1.</source>
        <translation>Elija uno de los sistemas de consultorio: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request limit is the requests a minute the practice system allows, for example 60.</source>
        <translation>El límite es el número de solicitudes por minuto que permite el sistema del consultorio, por ejemplo 60.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file %1 cannot be read; give the path of the practice&apos;s CA certificate (PEM).</source>
        <translation>No se puede leer el archivo de CA %1; indique la ruta del certificado de CA del consultorio (PEM).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NexHealth needs the practice&apos;s subdomain and location id (both in NexHealth&apos;s settings for the practice).</source>
        <translation>NexHealth necesita el subdominio del consultorio y el id de su sede (ambos en la configuración del consultorio en NexHealth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A subdomain and location id are for NexHealth only.</source>
        <translation>El subdominio y el id de sede son solo para NexHealth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keys for %1 are incomplete: %2</source>
        <translation>Las claves de %1 están incompletas: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keys could not be kept in the keychain: %1</source>
        <translation>No se pudieron guardar las claves en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>chairside::sync::PmsCredentialStore</name>
    <message>
        <location filename="../sync/pmscredentials.cpp" line="+39"/>
        <source>The keychain did not answer; unlock it and try again.</source>
        <translation>El llavero no respondió; desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No keys are stored for %1; connect with `chairside-cli pms connect`.</source>
        <translation>No hay claves guardadas para %1; conéctese con `chairside-cli pms connect`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored keys for %1 are incomplete; connect again.</source>
        <translation>Las claves guardadas para %1 están incompletas; conéctese de nuevo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open Dental&apos;s developer key and the practice&apos;s customer key.</source>
        <translation>la clave de desarrollador de Open Dental y la clave de cliente del consultorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth client id, client secret and API key.</source>
        <translation>el id de cliente OAuth, el secreto de cliente y la clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name and password.</source>
        <translation>el usuario y la contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice&apos;s NexHealth API key.</source>
        <translation>la clave de API de NexHealth del consultorio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the keys on the first line of standard input as DEVELOPERKEY/CUSTOMERKEY.</source>
        <translation>indique las claves en la primera línea de la entrada estándar como CLAVEDESARROLLADOR/CLAVECLIENTE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the OAuth client id, client secret and API key on three lines of standard input.</source>
        <translation>indique el id de cliente OAuth, el secreto de cliente y la clave de API en tres líneas de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the user name and password on two lines of standard input.</source>
        <translation>indique el usuario y la contraseña en dos líneas de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give NexHealth&apos;s API key on the first line of standard input.</source>
        <translation>dé la clave de API de NexHealth en la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the practice system must be opendental, dentrix, eaglesoft or nexhealth.</source>
        <translation>el sistema del consultorio debe ser opendental, dentrix, eaglesoft o nexhealth.</translation>
    </message>
</context>
<context>
    <name>chairside::sync::PmsTransport</name>
    <message>
        <location filename="../sync/pmstransport.cpp" line="+56"/>
        <source>The CA file %1 cannot be read as PEM certificates; choose the practice&apos;s CA certificate file again.</source>
        <translation>El archivo de CA %1 no se puede leer como certificados PEM; vuelva a elegir el archivo de certificado de CA del consultorio.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1&apos;s certificate is not trusted (%2); nothing was sent. Configure the practice&apos;s CA certificate file, or check the address.</source>
        <translation>El certificado de %1 no es de confianza (%2); no se envió nada. Configure el archivo de certificado de CA del consultorio o revise la dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer (%2). Check that it is running and reachable; changes stay queued and are sent when it answers.</source>
        <translation>%1 no respondió (%2). Compruebe que esté en funcionamiento y accesible; los cambios quedan en cola y se envían cuando responda.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 asked to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 pidió ir más despacio; se volverá a intentar en %n segundo.</numerusform>
            <numerusform>%1 pidió ir más despacio; se volverá a intentar en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had a problem (HTTP %2); trying again later.</source>
        <translation>%1 tuvo un problema (HTTP %2); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the credentials (HTTP %2). Check them and connect again.</source>
        <translation>%1 rechazó las credenciales (HTTP %2). Revíselas y conéctese de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no such record (%2).</source>
        <translation>%1 no tiene ese registro (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the change (HTTP %2): %3</source>
        <translation>%1 rechazó el cambio (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>chairside::sync::SyncProgress</name>
    <message>
        <location filename="../sync/syncrun.cpp" line="+22"/>
        <source>Reading chairs, providers and appointment types…</source>
        <translation>Leyendo sillones, profesionales y tipos de cita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the patients changed since the last sync…</source>
        <translation>Leyendo los pacientes que cambiaron desde la última sincronización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading patients: %1 so far</source>
        <translation>Leyendo pacientes: %1 hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the providers&apos; schedules…</source>
        <translation>Leyendo los horarios de los profesionales…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the waitlist…</source>
        <translation>Leyendo la lista de espera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading recalls…</source>
        <translation>Leyendo revisiones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading appointments…</source>
        <translation>Leyendo citas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading appointments: %1 so far</source>
        <translation>Leyendo citas: %1 hasta ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) left</source>
        <translation>
            <numerusform>queda %n página</numerusform>
            <numerusform>quedan %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>falta %n min aproximadamente</numerusform>
            <numerusform>faltan %n min aproximadamente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a minute left</source>
        <translation>falta menos de un minuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending this desk&apos;s changes…</source>
        <translation>Enviando los cambios de este puesto…</translation>
    </message>
</context>
<context>
    <name>chairside::sync::TransportPolicy</name>
    <message>
        <location filename="../sync/transportpolicy.cpp" line="+48"/>
        <source>&quot;%1&quot; is not a web address. Give the full address of the practice system, for example https://api.opendental.com/api/v1.</source>
        <translation>&quot;%1&quot; no es una dirección web. Indique la dirección completa del sistema del consultorio, por ejemplo https://api.opendental.com/api/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain http is only allowed to this computer (localhost). %1 would send patient data unencrypted; use its https address.</source>
        <translation>http sin cifrar solo se permite hacia este equipo (localhost). %1 enviaría datos de pacientes sin cifrar; use su dirección https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; addresses are not supported; use https (or http to localhost).</source>
        <translation>No se admiten direcciones &quot;%1&quot;; use https (o http hacia localhost).</translation>
    </message>
</context>
<context>
    <name>chairside::sync::soap</name>
    <message>
        <location filename="../sync/soapxml.cpp" line="+51"/>
        <source>The XML reply is larger than 64 MiB; nothing was read from it.</source>
        <translation>La respuesta XML ocupa más de 64 MiB; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The XML reply declares a DTD, which is not accepted; nothing was read from it.</source>
        <translation>La respuesta XML declara un DTD, que no se acepta; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The XML reply has content after its root element; nothing was read from it.</source>
        <translation>La respuesta XML tiene contenido después de su elemento raíz; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XML reply is nested more than 64 levels deep; nothing was read from it.</source>
        <translation>La respuesta XML tiene más de 64 niveles de anidamiento; no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The XML reply is not well-formed (%1 at line %2, column %3); nothing was read from it.</source>
        <translation>La respuesta XML está mal formada (%1 en la línea %2, columna %3); no se leyó nada de ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no root element</source>
        <translation>no hay elemento raíz</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The reply is not a SOAP envelope with a body; nothing was read from it.</source>
        <translation>La respuesta no es un sobre SOAP con cuerpo; no se leyó nada de ella.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+130"/>
        <source>Not connected to a practice system</source>
        <translation>Sin conexión a un sistema del consultorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No practice system is connected, so there is nothing to sync. The office manager connects one in Settings › Connect to the practice system…</source>
        <translation>No hay ningún sistema de consultorio conectado, así que no hay nada que sincronizar. El administrador del consultorio conecta uno en Configuración › Conectar con el sistema del consultorio…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not syncing (%2)</source>
        <translation>%1: sin sincronizar (%2)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tell the other &amp;desks of changes at once</source>
        <translation>Avisar de inmediato a los demás &amp;puestos de los cambios</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Texts and e-mails: on</source>
        <translation>Textos y correos: activos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts and e-mails cannot go from this desk: chairside-cli is missing from %1</source>
        <translation>No pueden salir textos ni correos desde este puesto: falta chairside-cli en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texts and e-mails: the worker stopped (exit %1), starting again</source>
        <translation>Textos y correos: el proceso de envío se detuvo (salida %1); se reinicia</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the provider&apos;s address, like %1.</source>
        <translation>Indique la dirección del proveedor, p. ej. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the Twilio Account SID (it starts with AC).</source>
        <translation>Indique el SID de la cuenta de Twilio (empieza por AC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the Twilio auth token: none is kept on this computer yet.</source>
        <translation>Indique el token de autenticación de Twilio: aún no hay ninguno guardado en esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the SendGrid API key: none is kept on this computer yet.</source>
        <translation>Indique la clave de API de SendGrid: aún no hay ninguna guardada en esta computadora.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The secret could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar el secreto en el llavero: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>E-mail is not connected: save the e-mail settings first.</source>
        <translation>El correo no está conectado: guarde primero los ajustes de correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts are not connected: save the text settings first.</source>
        <translation>Los mensajes de texto no están conectados: guarde primero los ajustes de textos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider&apos;s secret is not in this computer&apos;s keychain (%1). Save the settings again with it.</source>
        <translation>El secreto del proveedor no está en el llavero de esta computadora (%1). Vuelva a guardar los ajustes con él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A test message from Chairside. No reply is needed.</source>
        <translation>Un mensaje de prueba de Chairside. No hace falta responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepted it: message id %2 (%3).</source>
        <translation>%1 lo aceptó: identificador del mensaje %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1 (code %2)</source>
        <translation>No enviado: %1 (código %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chairside test message</source>
        <translation>Mensaje de prueba de Chairside</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Chairside: the front-desk schedule.</source>
        <translation>Chairside: la agenda de recepción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the built-in demo practice.</source>
        <translation>Abrir el consultorio de demostración incluido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder holding the cache.</source>
        <translation>La carpeta que contiene la caché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the dentist&apos;s day for one provider (by id).</source>
        <translation>Abrir el día del dentista de un profesional (por identificador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the time from start to the first painted schedule, then quit.</source>
        <translation>Mostrar el tiempo desde el inicio hasta que se dibuja la agenda, y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as this account; the password is read from stdin when it is not a terminal, else asked for.</source>
        <translation>Iniciar sesión con esta cuenta; la contraseña se lee de la entrada estándar cuando no es una terminal, si no se pide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a throw-away cache with the demo practice, draw its schedule offscreen and exit 0 when all went well (for installers).</source>
        <translation>Abrir una caché temporal con el consultorio de demostración, dibujar su agenda fuera de pantalla y salir con 0 si todo salió bien (para instaladores).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language to use: es or en (else the one chosen in Settings, else the system&apos;s).</source>
        <translation>El idioma a usar: es o en (si no, el elegido en Configuración, y si no, el del sistema).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+66"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cannot open the schedule</source>
        <translation>No se puede abrir la agenda</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Cannot create the demo practice</source>
        <translation>No se puede crear el consultorio de demostración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the demo accounts</source>
        <translation>No se pueden crear las cuentas de demostración</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot sign in</source>
        <translation>No se puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unknown provider</source>
        <translation>Profesional desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider &quot;%1&quot; in this practice. Use one of: %2.</source>
        <translation>No existe el profesional &quot;%1&quot; en este consultorio. Use uno de estos: %2.</translation>
    </message>
</context>
</TS>
